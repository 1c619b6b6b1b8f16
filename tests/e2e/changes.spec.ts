/**
 * The changes log as readers meet it: /changes/ lists every entry, each touched section shows it as
 * "Updated: …" under its review date, and the explorer's independence views filter in place with
 * JavaScript (and are plain pages without it), on a phone with touch too.
 */
import { expect, test } from '@playwright/test';
import { SECTION_PAGES } from './helpers';

test('/changes/ lists entries, and every section an entry touches shows it under its review date', async ({
  page,
}) => {
  await page.goto('/changes/');
  const entries = page.locator('main .change');
  expect(await entries.count()).toBeGreaterThan(0);
  const touched = new Map<string, string[]>();
  for (const entry of await entries.all()) {
    const title = (await entry.locator('h2').textContent())!.trim();
    await expect(entry.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    for (const href of await entry
      .locator('.touched')
      .first()
      .locator('a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
      touched.set(href, [...(touched.get(href) ?? []), title]);
    for (const claim of await entry
      .locator('ul.claims a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      await page.goto(claim);
      await expect(page.locator(`[id="${claim.split('#')[1]}"]`)).toHaveCount(1);
      await page.goBack();
    }
  }
  expect(touched.size).toBeGreaterThan(0);
  for (const [path, titles] of touched) {
    await page.goto(path);
    const updates = page.locator('.page-head .updates li');
    for (const title of titles)
      await expect(updates.filter({ hasText: title }), `${path}: ${title}`).toHaveCount(1);
    await expect(updates.first()).toContainText('Updated:');
  }
  // Sections no entry touches show no "Updated" line.
  for (const path of SECTION_PAGES.filter((p) => !touched.has(p))) {
    await page.goto(path);
    await expect(page.locator('.page-head .updates')).toHaveCount(0);
  }
});

test.describe('on a phone with touch', () => {
  test.use({ viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });

  test('the independence filters of the explorer work in place, and as plain pages without JavaScript', async ({
    page,
    browser,
  }) => {
    await page.goto('/evidence/');
    const link = page
      .getByRole('navigation', { name: 'Filter claims' })
      .locator('a[href="/evidence/support/independent/"]');
    await link.tap();
    await expect(page).toHaveURL(/\/evidence\/support\/independent\/$/);
    const shown = page.locator('table.claims tbody tr:not([hidden])');
    const kinds = await shown.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-support')));
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['independent']));
    await expect(page.locator('#claims')).toHaveText(`Independent support: ${kinds.length} claims`);

    const noJs = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 360, height: 780 },
      hasTouch: true,
    });
    const plain = await noJs.newPage();
    await plain.goto('/evidence/');
    await plain.locator('a[href="/evidence/support/developer/"]').click();
    await expect(plain).toHaveURL(/\/evidence\/support\/developer\/$/);
    const rows = plain.locator('table.claims tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(
      new Set(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-support')))),
    ).toEqual(new Set(['developer']));
    await expect(plain.locator('.support-mark').first()).toHaveText('Developer group only');
    await noJs.close();
  });
});
