/**
 * The table of contents: a sidebar on wide screens, a collapsed list on phones, and the
 * highlight of the section being read.
 * Helpers shared with the other reading-*.spec.ts files are in reading.ts.
 */
import { expect, test } from '@playwright/test';
import { pageWithHeadings } from './reading';

test.describe('table of contents', () => {
  test('is a sidebar on wide screens, open without a click', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const { ids } = await pageWithHeadings(page);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc).toBeVisible();
    await expect(toc.getByRole('link')).toHaveCount(ids.length);
    const [tocBox, bodyBox] = [await toc.boundingBox(), await page.locator('.page-body').boundingBox()];
    expect(tocBox!.x, 'the contents sit to the right of the text').toBeGreaterThan(
      bodyBox!.x + bodyBox!.width,
    );
    // Sticky: still in view further down the page.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect(toc).toBeInViewport();
  });

  test('is a collapsed list at the top on phones that opens and links to each heading', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const { ids } = await pageWithHeadings(page);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc).toBeHidden();
    const summary = page.locator('details.toc > summary');
    const [summaryBox, bodyBox] = [
      await summary.boundingBox(),
      await page.locator('.page-body').boundingBox(),
    ];
    expect(summaryBox!.y, 'the contents come before the text').toBeLessThan(bodyBox!.y);
    await summary.click();
    await expect(toc).toBeVisible();
    const hrefs = await toc
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(ids.map((id) => `#${id}`));
  });

  test('highlights the section being read (enhancement)', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const { path, ids } = await pageWithHeadings(page);
    await page.goto(`${path}#${ids[0]}`);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc.locator('a[aria-current="true"]')).toHaveAttribute('href', `#${ids[0]}`);
    await expect(toc.locator('a[aria-current]')).toHaveCount(1);
  });
});
