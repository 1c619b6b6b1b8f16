/**
 * The second edition's promises, checked on the built pages: the evidence table and the facts box
 * cite every row, and the developer-network counts match a count made here from the pages'
 * reference lists and content/references.json (an oracle independent of the site's code).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { SECTION_PAGES } from './helpers';

interface Rec {
  id: string;
  evidence: string;
  developerNetwork: 'yes' | 'no' | 'unknown';
}
const records: Rec[] = JSON.parse(readFileSync('content/references.json', 'utf8'));

test('every row of "Evidence at a glance" and of the facts box carries citation markers that resolve on the page', async ({
  page,
}) => {
  await page.goto('/');
  for (const selector of ['.evidence-table tbody tr', '.facts-box tbody tr']) {
    const rows = page.locator(selector);
    expect(await rows.count(), selector).toBeGreaterThan(5);
    for (const row of await rows.all()) {
      const cell = row.locator('td').last();
      const hrefs = await cell
        .locator('a.cite-link')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(hrefs.length, `${await row.locator('th').innerText()} has sources`).toBeGreaterThan(0);
      for (const href of hrefs) await expect(page.locator(`section.references li${href}`)).toHaveCount(1);
    }
  }
  // The people column says what it counts.
  await expect(page.getByRole('columnheader', { name: 'People in the human studies' })).toBeVisible();
  await expect(page.locator('.evidence-table tbody tr', { hasText: 'Ischemic stroke' })).toContainText(
    /\d+ in all groups, at least \d+ given Semax/,
  );
});

test('the developer-network counts are those of the records the article cites', async ({ request }) => {
  const cited = new Set<string>();
  for (const path of SECTION_PAGES) {
    const html = await (await request.get(path)).text();
    const list = html.slice(html.indexOf('<section class="references"'));
    for (const [, id] of list.matchAll(/<li[^>]*\sid="ref-([^"]+)"/g)) cited.add(id!);
  }
  const studies = records.filter((r) => cited.has(r.id) && !['regulatory', 'website'].includes(r.evidence));
  const human = studies.filter((r) => r.evidence.startsWith('human-'));
  const n = (rs: Rec[], v: Rec['developerNetwork']) => rs.filter((r) => r.developerNetwork === v).length;
  const html = await (await request.get('/disclaimer/')).text();
  const text = html
    .match(/<p data-counts="developer-network">([\s\S]*?)<\/p>/)![1]!
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ');
  expect(text).toContain(
    `we count the ${studies.length} studies and reviews the article cites, leaving out regulatory documents and websites. Of these, at least ${n(studies, 'yes')} have an author from the developer group, ${n(studies, 'no')} list none from it and ${n(studies, 'unknown')} have no author list we could check`,
  );
  expect(text).toContain(
    `Of the ${human.length} human studies among them, at least ${n(human, 'yes')} have an author from the developer group, ${n(human, 'no')} list none from it`,
  );
});

test('references of kind "website" are labelled Website, never Regulatory document', async ({ page }) => {
  await page.goto('/references/');
  const websites = page.getByRole('heading', { level: 2, name: 'Websites' });
  await expect(websites).toBeVisible();
  await expect(page.locator('li#ref-wikipedia_semax')).toBeVisible();
  await page.goto('/mechanisms/');
  await expect(page.locator('section.references li#ref-wikipedia_semax')).toContainText('Website');
  await expect(page.locator('section.references li#ref-wikipedia_semax')).not.toContainText('Regulatory');
});
