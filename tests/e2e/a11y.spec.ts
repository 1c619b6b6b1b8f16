/**
 * axe-core on every page of the built site (all sections, the glossary and the 404 page), in the
 * light and the dark theme, on a phone and a wide screen: zero violations of WCAG 2.0-2.2 A/AA and
 * axe's best practices. Also with the table of contents open and a glossary definition shown, so
 * the states a reader brings about are checked too.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SECTION_PAGES, VIEWPORTS } from './helpers';

const PAGES = [...SECTION_PAGES, '/glossary/', '/no-such-page/'] as const;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const viewport of VIEWPORTS) {
    test.describe(`axe, ${colorScheme} theme, ${viewport.width} px`, () => {
      test.use({ colorScheme, viewport });

      for (const path of PAGES) {
        test(`${path} has no violations`, async ({ page }) => {
          await page.goto(path);
          await expectNoViolations(page);
        });
      }

      test('a section with its contents open and a glossary definition shown has no violations', async ({
        page,
      }) => {
        for (const path of SECTION_PAGES) {
          await page.goto(path);
          const summary = page.locator('details.toc > summary');
          if (await summary.isVisible()) await summary.click();
          const term = page.locator('.glossary-link').first();
          if (await term.count()) await term.focus();
          await expectNoViolations(page);
        }
      });
    });
  }
}
