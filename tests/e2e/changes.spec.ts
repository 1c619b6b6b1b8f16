/**
 * The changes log as readers meet it: /changes/ lists every entry, each touched section shows it as
 * "Updated: …" under its review date, and the explorer's independence views filter in place with
 * JavaScript (and are plain pages without it), on a phone with touch too.
 */
import { expect, test } from '@playwright/test';
import { SECTION_PAGES } from './helpers';

/** Text as a regular expression that matches it literally. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('/changes/ lists entries, and every section an entry touches shows it under its review date', async ({
  page,
}) => {
  await page.goto('/changes/');
  const entries = page.locator('main .change');
  expect(await entries.count()).toBeGreaterThan(0);
  const touched = new Map<string, string[]>();
  const claims = new Map<string, string[]>();
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
      const [path, anchor] = claim.split('#') as [string, string];
      claims.set(path, [...(claims.get(path) ?? []), anchor]);
    }
  }
  expect(touched.size).toBeGreaterThan(0);
  expect(claims.size).toBeGreaterThan(0);
  // Every claim an entry names is on its page (one visit per page keeps the test well inside its time).
  for (const [path, anchors] of claims) {
    expect(touched.has(path), `${path}: a claim's section is listed among the entry's sections`).toBe(true);
    await page.goto(path);
    for (const anchor of anchors)
      await expect(page.locator(`[id="${anchor}"]`), `${path}#${anchor}`).toHaveCount(1);
  }
  for (const [path, titles] of touched) {
    await page.goto(path);
    // Links in a closed <details> are in the DOM but not in the accessibility tree: count the DOM.
    const links = page.locator('.page-head .updates a');
    for (const title of titles)
      await expect(
        links.filter({ hasText: new RegExp(`^${escape(title)}$`) }),
        `${path}: ${title}`,
      ).toHaveCount(1);
    expect(await links.count(), `${path}: no entry it is not touched by`).toBe(titles.length);
    await expect(page.locator('.page-head .updates > li').first()).toContainText('Updated:');
  }
  // Sections no entry touches show no "Updated" line.
  for (const path of SECTION_PAGES.filter((p) => !touched.has(p))) {
    await page.goto(path);
    await expect(page.locator('.page-head .updates')).toHaveCount(0);
  }
});

test.describe('on a phone with touch', () => {
  test.use({ viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });

  test('a day with several entries is one line under the review date, and a tap lists them', async ({
    page,
  }) => {
    await page.goto('/changes/');
    const onUses = await page
      .locator('main .change')
      .filter({ has: page.locator('.touched a[href="/uses/"]') })
      .evaluateAll((sections) => sections.map((s) => s.querySelector('time')!.getAttribute('datetime')));
    const sameDay = onUses.filter((day) => day === onUses[0]).length;
    expect(sameDay, 'the second edition brought several entries on one day').toBeGreaterThan(1);

    await page.goto('/uses/');
    const day = page.locator('.page-head .updates > li').first();
    const summary = day.locator('summary');
    await expect(summary).toHaveText(new RegExp(`^Updated: .+, ${sameDay} changes$`));
    await expect(summary.locator('time')).toHaveAttribute('datetime', onUses[0]!);
    const box = (await summary.boundingBox())!;
    const lineHeight = await summary.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect(box.height, 'one line').toBeLessThan(lineHeight * 1.5 + 1);
    expect(box.height, 'a 24 px target').toBeGreaterThanOrEqual(24);
    const links = day.locator('details a');
    await expect(links.first()).toBeHidden();
    await summary.tap();
    await expect(links).toHaveCount(sameDay);
    await expect(links.last()).toBeVisible();
    const href = (await links.first().getAttribute('href'))!;
    await links.first().tap();
    await expect(page).toHaveURL(new RegExp(`${escape(href)}$`));
    await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toBeInViewport();
  });

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
