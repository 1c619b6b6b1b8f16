import { expect, test, type Page } from '@playwright/test';
import { DISCLAIMER_BANNER } from '../../src/site';

async function searchFor(page: Page, term: string) {
  await page.goto('/');
  const field = page.getByRole('searchbox', { name: 'Search the guide' });
  await field.click();
  await field.fill(term);
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results).toBeVisible();
  await expect(results).toContainText(`for “${term}”`);
  return results;
}

test('typing "BDNF" finds the mechanisms section, with links into its headings', async ({ page }) => {
  const results = await searchFor(page, 'BDNF');
  const links = results.getByRole('link');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.some((href) => href?.startsWith('/mechanisms/'))).toBe(true);
  expect(hrefs.some((href) => /^\/[a-z-]*\/?#[a-z0-9-]+$/.test(href ?? ''))).toBe(true);
});

test('typing "side effects" finds the safety section', async ({ page }) => {
  const results = await searchFor(page, 'side effects');
  const hrefs = await results.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.some((href) => href?.startsWith('/side-effects/'))).toBe(true);
});

test('the disclaimer banner is not in the search index', async ({ page }) => {
  await page.goto('/search/');
  const contents = await page.evaluate(async () => {
    const path = '/pagefind/pagefind.js';
    const pagefind = await import(/* @vite-ignore */ path);
    await pagefind.init();
    const search = await pagefind.search(null);
    const pages = await Promise.all(
      search.results.map((r: { data(): Promise<{ content: string }> }) => r.data()),
    );
    return pages.map((p: { content: string }) => p.content);
  });
  expect(contents.length).toBeGreaterThanOrEqual(5);
  for (const content of contents) expect(content).not.toContain(DISCLAIMER_BANNER.text);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search box is a link to /search/, which lists the sections', async ({ page }) => {
    await page.goto('/uses/');
    await page.getByRole('link', { name: 'Search the guide' }).click();
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.getByText('Searching this guide needs JavaScript')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: /side effects/i })).toBeVisible();
  });
});
