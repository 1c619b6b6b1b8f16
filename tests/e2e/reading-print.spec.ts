/**
 * Printing a section: navigation hidden, the disclaimer once at the top, external addresses shown.
 * Helpers shared with the other reading-*.spec.ts files are in reading.ts.
 */
import { expect, test } from '@playwright/test';
import { pageWithHeadings } from './reading';

test.describe('print', () => {
  test('hides navigation, keeps the disclaimer once at the top, shows external addresses', async ({
    page,
  }) => {
    const { path } = await pageWithHeadings(page);
    await page.goto(path);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeHidden();
    await expect(page.locator('details.toc')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Previous and next sections' })).toBeHidden();
    await expect(page.locator('.heading-link').first()).toBeHidden();
    await expect(page.locator('.heading-action').first()).toBeHidden();

    const banner = page.getByRole('complementary', { name: 'Medical disclaimer' });
    await expect(banner).toHaveCount(1);
    await expect(banner).toBeVisible();
    expect(await banner.evaluate((el) => getComputedStyle(el).position)).toBe('static');
    const [bannerBox, mainBox] = [await banner.boundingBox(), await page.locator('main').boundingBox()];
    expect(bannerBox!.y).toBeLessThan(mainBox!.y);
    // Paper is white: dark-theme colours are not printed.
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');

    // The references stay, and every external link prints its address after it.
    const references = page.locator('#references');
    if (await references.count()) await expect(references).toBeVisible();
    await page.locator('.page-body').evaluate((body) => {
      const p = document.createElement('p');
      p.innerHTML =
        '<a id="external-test" href="https://pubmed.ncbi.nlm.nih.gov/17049497/">PubMed record</a>';
      body.append(p);
    });
    const after = await page
      .locator('.page-body a[href^="http"]')
      .evaluateAll((links) =>
        links.map((a) => [a.getAttribute('href'), getComputedStyle(a, '::after').content]),
      );
    for (const [href, content] of after) expect(content).toContain(href);
  });
});
