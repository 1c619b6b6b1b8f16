/**
 * Promises of the site that a mutation test showed no other test held (each was changed in the
 * code, and every test still passed): the overview's evidence table agrees with the pages it
 * summarises, crawlers may crawl, the reading time is measured, the banner says what it must, and the
 * printed handout carries its evidence table. Each test reads the built site as a reader or a
 * crawler gets it and compares with an independent fact, never with the constant the page was built
 * from. (Framing is in headers.spec.ts, with the other headers.)
 */
import { expect, test } from '@playwright/test';
import { SECTION_PAGES } from './helpers';
import { pdfPages } from './pdf';

test('each row of the overview\'s "Evidence at a glance" table says what its own heading\'s label says', async ({
  page,
}) => {
  await page.goto('/');
  const rows = await page.locator('table.evidence-table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      label: tr.querySelector('th a')!.textContent!.trim(),
      href: tr.querySelector('th a')!.getAttribute('href')!,
      level: tr.querySelectorAll('td')[0]!.textContent!.trim(),
    })),
  );
  expect(rows.length, 'the overview has an evidence table').toBeGreaterThanOrEqual(10);
  const levels = new Set(rows.map((row) => row.level));
  expect(levels.size, 'the rows do not all say the same').toBeGreaterThan(1);
  for (const row of rows) {
    const [path, id] = row.href.split('#');
    await page.goto(row.href);
    // The label rehype-evidence-labels puts right below the heading: "Evidence: Animal studies".
    const label = page
      .locator(`[id="${id}"]`)
      .locator('xpath=following::p[contains(@class, "evidence-label")][1]');
    await expect(label, `${row.label}: the label under ${path}#${id}`).toHaveText(`Evidence: ${row.level}`);
  }
});

test('robots.txt lets every crawler crawl everything and names the sitemap', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const lines = (await response.text()).split('\n').map((line) => line.trim());
  expect(lines).toContain('User-agent: *');
  // "Disallow: /" (or any Disallow with a path) would take the guide out of search results.
  expect(lines.filter((line) => /^disallow:\s*\S/i.test(line))).toEqual([]);
  expect(lines).toContain('Allow: /');
  const sitemap = lines.find((line) => line.startsWith('Sitemap: '))?.slice('Sitemap: '.length);
  expect(sitemap).toMatch(/^https:\/\/[^/]+\/sitemap-index\.xml$/);
  expect((await request.get(new URL(sitemap!).pathname)).status()).toBe(200);
});

/**
 * Words a reader reads in the article: the prose, without the list of references and without the
 * closed "Cite this page" box (a tool with BibTeX and RIS code, not text of the article).
 */
async function articleWords(page: import('@playwright/test').Page): Promise<number> {
  return page.locator('main .prose').evaluate((prose) => {
    const copy = prose.cloneNode(true) as HTMLElement;
    copy
      .querySelectorAll(
        '.references, .cite-page, .cite-tip, .glossary-tip, [role="tooltip"], sup, .heading-tools',
      )
      .forEach((el) => el.remove());
    return (copy.textContent ?? '').split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  });
}

test('the reading time of each section follows its length (200 words a minute)', async ({ page }) => {
  const shown: Record<string, number> = {};
  for (const path of SECTION_PAGES) {
    await page.goto(path);
    const text = await page.getByText(/^\d+ min read$/).textContent();
    const minutes = Number(/^(\d+) min read$/.exec(text ?? '')?.[1]);
    const expected = Math.max(1, Math.ceil((await articleWords(page)) / 200));
    // The estimate is made from the MDX source; the page's text differs by glossary links and numbers.
    expect(
      Math.abs(minutes - expected),
      `${path}: shows ${minutes} min, its text reads in ${expected}`,
    ).toBeLessThanOrEqual(1);
    shown[path] = minutes;
  }
  expect(shown['/uses/']!, 'the long /uses/ takes longer than the short /disclaimer/').toBeGreaterThan(
    shown['/disclaimer/']! + 2,
  );
});

/**
 * The wording is the editors' requirement for a medical site, so it is written here rather than read
 * from src/site.ts: a test that compared the banner with the constant it is built from would pass
 * whatever the constant said.
 */
const BANNER = 'For education only, not medical advice.';

test('every page opens with the full medical disclaimer in its banner', async ({ page }) => {
  for (const path of [
    ...SECTION_PAGES,
    '/evidence/',
    '/glossary/',
    '/references/',
    '/handout/',
    '/no-such-page/',
  ]) {
    await page.goto(path);
    const banner = page.getByRole('complementary', { name: 'Medical disclaimer' });
    await expect(banner, path).toBeVisible();
    await expect(banner, path).toContainText(BANNER);
    await expect(banner.getByRole('link', { name: 'Read the full disclaimer' }), path).toHaveAttribute(
      'href',
      '/disclaimer/',
    );
  }
});

/**
 * The printed text in one string. NFKC turns ligatures (the "ff" of "Effects") back into letters;
 * spaces are dropped, because pdf.js splits a line into pieces at arbitrary points.
 */
const pdfText = async (data: Buffer) => (await pdfPages(data)).join('').normalize('NFKC').replace(/\s+/g, '');

test('the printed handout carries every row of its evidence table', async ({ page }) => {
  await page.goto('/handout/');
  const rows = await page.locator('.handout table tbody tr').evaluateAll((trs) =>
    trs.map((tr) =>
      [...tr.children].map((cell) => {
        // What is printed: a glossary term's definition is a hidden preview, not cell text.
        const copy = cell.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.glossary-tip, [role="tooltip"], sup').forEach((el) => el.remove());
        return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
      }),
    ),
  );
  expect(rows.length, 'the handout has an evidence table').toBeGreaterThanOrEqual(5);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.handout table').first()).toBeVisible();
  const text = await pdfText(await page.pdf({ format: 'A4', printBackground: false }));
  const squeeze = (cell: string) => cell.replace(/\s+/g, '');
  for (const [label, level, people, verdict] of rows) {
    expect(text, `printed row "${label}"`).toContain(squeeze(label!));
    expect(text, `printed level of "${label}"`).toContain(squeeze(`${label}${level}${people}`));
    expect(text, `printed verdict of "${label}"`).toContain(squeeze(verdict!).slice(0, 20));
  }
});
