/**
 * Reading without JavaScript: every page reads in full and the contents open on phones without a
 * script.
 * Helpers shared with the other reading-*.spec.ts files are in reading.ts.
 */
import { expect, test } from '@playwright/test';
import { SECTION_PAGES } from './helpers';
import { OTHER_PAGES, pageWithHeadings } from './reading';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of [...SECTION_PAGES, ...OTHER_PAGES]) {
    test(`${path} is complete to read`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('main p').first()).toBeVisible();
      // The enhancements simply do not appear; the heading links and glossary links remain.
      await expect(page.locator('.heading-action')).toHaveCount(0);
      await expect(page.getByRole('button')).toHaveCount(0);
      await expect(page.getByRole('status')).toHaveCount(0);
      // The key-points block's title is the block's label, not a section of the page: it has no link.
      const headingLinks = await page.locator('.page-body :is(h2, h3)[id]:not(.key-points-title)').count();
      await expect(page.getByRole('link', { name: /^Link to this section: / })).toHaveCount(headingLinks);
      for (const href of await page
        .locator('.glossary-link')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
        expect(href).toMatch(/^\/glossary\/#[a-z0-9-]+$/);
      }
    });
  }

  test('the contents open on phones without a script', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const { ids } = await pageWithHeadings(page);
    await page.locator('details.toc > summary').click();
    await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link')).toHaveCount(
      ids.length,
    );
  });
});
