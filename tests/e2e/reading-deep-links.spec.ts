/**
 * Deep links, with JavaScript on and off at every viewport: each h2/h3 of each section and each
 * glossary entry reached by a link lands fully visible just below the pinned banner.
 * Helpers shared with the other reading-*.spec.ts files are in reading.ts.
 */
import { expect, test } from '@playwright/test';
import { SECTION_PAGES, VIEWPORTS } from './helpers';
import { contentHeadingIds, GLOSSARY, placement, settle } from './reading';

for (const javaScriptEnabled of [true, false]) {
  for (const viewport of VIEWPORTS) {
    test.describe(`deep links, JavaScript ${javaScriptEnabled ? 'on' : 'off'}, ${viewport.width} px`, () => {
      test.use({ javaScriptEnabled, viewport });

      for (const path of SECTION_PAGES) {
        test(`every h2/h3 of ${path} lands fully visible just below the banner`, async ({ page }) => {
          test.setTimeout(120_000);
          await page.goto(path);
          const ids = await contentHeadingIds(page);
          test.skip(ids.length === 0, `${path} has no h2/h3 headings yet`);
          for (const id of ids) {
            // A fresh load, as when a shared link is opened.
            await page.goto('about:blank');
            await page.goto(`${path}#${id}`);
            await settle(page, id);
            const p = await placement(page, id);
            const where = `${path}#${id}: heading ${p.top.toFixed(1)}-${p.bottom.toFixed(1)}, banner ends ${p.bannerBottom.toFixed(1)}`;
            expect(p.top, `${where} (below the banner)`).toBeGreaterThanOrEqual(p.bannerBottom);
            expect(p.bottom, `${where} (inside the viewport)`).toBeLessThanOrEqual(p.innerHeight);
            // At the top, unless the page ends first.
            if (!p.atEnd) expect(p.top, `${where} (near the top)`).toBeLessThanOrEqual(p.bannerBottom + 48);
          }
        });
      }

      test('glossary entries reached by a link land below the banner', async ({ page }) => {
        const id = GLOSSARY.at(-1)!.id;
        await page.goto(`/glossary/#${id}`);
        await settle(page, id);
        const p = await placement(page, id);
        expect(p.top).toBeGreaterThanOrEqual(p.bannerBottom);
        expect(p.bottom).toBeLessThanOrEqual(p.innerHeight);
      });
    });
  }
}
