/**
 * axe-core on every page of the built site: every URL of the sitemap (read from dist/, so a new page
 * is checked without editing this file) and the 404 page, in the light and the dark theme, on a phone
 * and a wide screen: zero violations of WCAG 2.0-2.2 A/AA and axe's best practices. Also with the
 * table of contents open and a glossary definition shown, so the states a reader brings about are
 * checked too.
 *
 * One page per test, as Starlight runs axe per sitemap URL: a slow page under load then costs one
 * test its own time budget instead of timing out a loop over many pages, and a failure names the
 * page, the theme and the width.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SECTION_PAGES, VIEWPORTS } from './helpers';
import { SITEMAP_PATHS } from './sitemap';

const PAGES = [...SITEMAP_PATHS, '/no-such-page/'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/**
 * axe takes about 1-3 s per page on an idle machine; on a 2-core machine shared by several builds it
 * was measured at over 30 s (Playwright's default, which 14 tests hit). Two minutes per page leaves
 * room for that without letting a hung page stall the run for long.
 */
const AXE_TIMEOUT = 120_000;

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

test('the sitemap lists the pages axe must check', () => {
  // A broken sitemap read would otherwise leave this file with (almost) no test at all.
  expect(SITEMAP_PATHS).toEqual(expect.arrayContaining([...SECTION_PAGES, '/glossary/', '/evidence/']));
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const viewport of VIEWPORTS) {
    test.describe(`axe, ${colorScheme} theme, ${viewport.width} px`, () => {
      test.use({ colorScheme, viewport, hasTouch: viewport.width < 600 });

      for (const path of PAGES) {
        test(`${path} has no violations`, async ({ page }) => {
          test.setTimeout(AXE_TIMEOUT);
          await page.goto(path);
          await expectNoViolations(page);
        });
      }

      for (const path of SECTION_PAGES) {
        test(`${path} with its contents and changes open and a glossary definition shown has no violations`, async ({
          page,
        }) => {
          test.setTimeout(AXE_TIMEOUT);
          await page.goto(path);
          const summary = page.locator('details.toc > summary');
          if (await summary.isVisible()) await summary.click();
          // The "Updated" lines of a day with several changes, opened.
          for (const day of await page.locator('.page-head .updates summary').all()) await day.click();
          const term = page.locator('.glossary-link').first();
          if (await term.count()) await term.focus();
          await expectNoViolations(page);
        });
      }
    });
  }
}
