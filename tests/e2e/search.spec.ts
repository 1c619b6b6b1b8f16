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

test('results show an excerpt with the matched word marked', async ({ page }) => {
  const results = await searchFor(page, 'BDNF');
  await expect(results.locator('mark').first()).toHaveText(/^BDNF[^\w]*$/i); // Pagefind keeps punctuation next to the word in its mark
});

test('"semax legal" shows the Legal status section among the sub-results', async ({ page }) => {
  const results = await searchFor(page, 'semax legal');
  await expect(results.getByRole('link', { name: 'Legal status' }).first()).toBeVisible();
});

test('arrow keys move from the field through the result links and back', async ({ page }) => {
  const results = await searchFor(page, 'BDNF');
  const field = page.getByRole('searchbox', { name: 'Search the guide' });
  const links = results.getByRole('link');
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(field).toBeFocused();
});

test('Enter opens /search/?q=…, which runs the query and can be shared', async ({ page }) => {
  const results = await searchFor(page, 'BDNF');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=BDNF$/);
  await expect(results).toContainText('for “BDNF”');
  await expect(page.getByRole('searchbox', { name: 'Search the guide' })).toHaveValue('BDNF');
  // A fresh visit of the shared address runs it too.
  await page.goto('/search/?q=glossary');
  await expect(page.getByRole('region', { name: 'Search results' })).toContainText('for “glossary”');
});

test('with JavaScript, /search/ does not say that search needs JavaScript', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.getByRole('searchbox', { name: 'Search the guide' })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('needs JavaScript');
  await expect(page.getByRole('main').locator('noscript p')).toHaveCount(0);
});

test.describe('on a phone (360x780, touch)', () => {
  test.use({ viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });
  test('the header search link, then tapping the field and searching, shows results with an excerpt', async ({
    page,
  }) => {
    // On phones the header holds a search link (phone.spec.ts), not the field: search runs on /search/.
    await page.goto('/uses/');
    await page.locator('header').getByRole('link', { name: 'Search the guide' }).tap();
    await expect(page).toHaveURL('/search/');
    // On /search/ the header shows its field on phones too (on its own row).
    const field = page.getByRole('searchbox', { name: 'Search the guide' });
    await expect(field).toBeVisible();
    await field.tap();
    await field.fill('BDNF');
    const results = page.getByRole('region', { name: 'Search results' });
    await expect(results.locator('mark').first()).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=BDNF$/);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search box is a link to /search/, which lists the sections', async ({ page }) => {
    await page.goto('/uses/');
    await page.getByRole('link', { name: 'Search the guide' }).click();
    await expect(page).toHaveURL(/\/search\/$/);
    // The note is in <noscript>; Playwright's text locators skip noscript, so it is found by tag.
    await expect(page.getByRole('main').locator('noscript p')).toContainText('Searching needs JavaScript');
    await expect(page.getByRole('main').locator('noscript p')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: /side effects/i })).toBeVisible();
  });
});
