import { expect, test } from '@playwright/test';

test('every claim of the evidence explorer links to an existing paragraph (or tight list item, as in key points) that cites a source', async ({
  page,
  request,
}) => {
  await page.goto('/evidence/');
  const hrefs = await page
    .locator('table.claims tbody tr td:first-child a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(0);
  const pages = new Map<string, string>();
  for (const href of new Set(hrefs)) {
    const [path, id] = href.split('#');
    if (!pages.has(path!)) pages.set(path!, await (await request.get(path!)).text());
    expect(pages.get(path!), `${href} exists`).toMatch(new RegExp(`<(?:p|li)[^>]* id="${id}"`));
  }
});

test('filters are plain links to pre-built views that only hold matching rows', async ({ page }) => {
  await page.goto('/evidence/');
  const total = await page.locator('table.claims tbody tr').count();
  const filters = page.getByRole('navigation', { name: 'Filter claims' });
  const levelLinks = await filters
    .getByRole('link')
    .evaluateAll((as) =>
      as.map((a) => a.getAttribute('href')!).filter((h) => h.startsWith('/evidence/level/')),
    );
  expect(levelLinks.length).toBeGreaterThan(0);
  let sum = 0;
  for (const href of levelLinks) {
    await page.goto(href);
    const level = href.split('/')[3];
    const rows = page.locator('table.claims tbody tr');
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-level')))).toEqual(
      Array(count).fill(level),
    );
    await expect(filters.locator('[aria-current="page"]')).toHaveAttribute('href', href);
    sum += count;
  }
  expect(sum).toBe(total);
});

test('the source-independence figure adds up', async ({ page }) => {
  await page.goto('/evidence/');
  const text = await page.locator('.independence').innerText();
  const match =
    /Of the (\d+) studies and reviews cited, (\d+) have .* and (\d+) list none(?:; for (\d+) we cannot tell)?/.exec(
      text,
    );
  expect(match, text).not.toBeNull();
  const [, total, dev, indep, unknown] = match!.map(Number);
  expect(dev! + indep! + (Number.isNaN(unknown) ? 0 : unknown!)).toBe(total);
});

test('with JavaScript, a filter on the full list hides rows in place and updates the address', async ({
  page,
}) => {
  await page.goto('/evidence/');
  const filters = page.getByRole('navigation', { name: 'Filter claims' });
  const link = filters.locator('a[href^="/evidence/level/"]').first();
  const href = (await link.getAttribute('href'))!;
  const level = href.split('/')[3];
  await page.evaluate(() => ((window as unknown as { marker: boolean }).marker = true));
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(true); // no reload
  const visible = page.locator('table.claims tbody tr:not([hidden])');
  const visibleLevels = await visible.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-level')));
  expect(visibleLevels.length).toBeGreaterThan(0);
  expect(new Set(visibleLevels)).toEqual(new Set([level]));
  await expect(page.locator(`table.claims tbody tr[hidden]:not([data-level="${level}"])`)).not.toHaveCount(0);
  await page.goBack();
  await expect(page.locator('table.claims tbody tr[hidden]')).toHaveCount(0);
});
