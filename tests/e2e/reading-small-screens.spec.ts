/**
 * Small screens: no sideways scrolling at 320 px, and at 200% zoom every page fits and deep links
 * land below the banner.
 * Helpers shared with the other reading-*.spec.ts files are in reading.ts.
 */
import { expect, test } from '@playwright/test';
import { SECTION_PAGES } from './helpers';
import { expectNoSidewaysScroll, OTHER_PAGES, pageWithHeadings, placement, settle } from './reading';

test.describe('no sideways scrolling at 320 px', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${colorScheme} theme, every page, contents open and a definition shown`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.emulateMedia({ colorScheme });
      for (const path of [...SECTION_PAGES, ...OTHER_PAGES]) {
        await page.goto(path);
        await expectNoSidewaysScroll(page, path);
        const summary = page.locator('details.toc > summary');
        if (await summary.count()) {
          await summary.click();
          await expectNoSidewaysScroll(page, `${path} with the contents open`);
        }
        const term = page.locator('.glossary-link').first();
        if (await term.count()) {
          await term.focus();
          await expectNoSidewaysScroll(page, `${path} with a definition shown`);
        }
      }
    });
  }
});

test.describe('200% zoom', () => {
  // Page zoom at 200% in a 1280 px window lays the page out in 640 CSS pixels at twice the density.
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });

  test('page zoom: every page fits and deep links land below the banner', async ({ page }) => {
    for (const path of [...SECTION_PAGES, ...OTHER_PAGES]) {
      await page.goto(path);
      await expectNoSidewaysScroll(page, `${path} at 200%`);
    }
    const { path, ids } = await pageWithHeadings(page);
    await page.goto(`${path}#${ids.at(-1)}`);
    await settle(page, ids.at(-1));
    const p = await placement(page, ids.at(-1)!);
    expect(p.top).toBeGreaterThanOrEqual(p.bannerBottom);
  });

  for (const width of [360, 1280]) {
    test(`text-only zoom at ${width} px: no sideways scroll, links land below the taller banner`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      const { path, ids } = await pageWithHeadings(page);
      await page.goto(path);
      // Doubled text wraps the banner onto more lines than CSS plans for on a phone; the banner
      // offset script measures it.
      await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
      await expectNoSidewaysScroll(page, `${path} with 200% text`);
      const id = ids.at(-1)!;
      await page.evaluate((target) => (location.hash = target), id);
      await settle(page, id);
      const p = await placement(page, id);
      expect(p.top).toBeGreaterThanOrEqual(p.bannerBottom);
      expect(p.bottom).toBeLessThanOrEqual(p.innerHeight);
    });
  }
});
