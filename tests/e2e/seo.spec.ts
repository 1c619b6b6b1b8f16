/**
 * Search engines and link previews, over every URL of the built sitemap: titles, descriptions,
 * canonical and Open Graph URLs, preview images, JSON-LD, the sitemap and robots.txt.
 * Generic over the pages, so it keeps holding as sections are written and pages are added.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { SITE_URL, sectionPath } from '../../src/site';
import { SITEMAP_PATHS, builtPages, readSitemap } from './sitemap';

/** URL paths of the section pages, from the content files' names. */
const SECTIONS = new Set(
  readdirSync('content/sections')
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => sectionPath(file.replace(/\.mdx$/, ''))),
);
const REFERENCES = new Map<string, { PMID?: string; DOI?: string }>(
  JSON.parse(readFileSync('content/references.json', 'utf8')).map((r: { id: string }) => [r.id, r]),
);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Node = { [key: string]: Json };

const meta = (page: Page, key: string) =>
  page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');

/** Paths of values that are empty or the text of a missing value ("", [], {}, "undefined", "null"). */
function emptyValues(value: Json, path = '$'): string[] {
  if (value === null || value === '' || value === 'undefined' || value === 'null') return [path];
  if (Array.isArray(value)) {
    return value.length ? value.flatMap((item, index) => emptyValues(item, `${path}[${index}]`)) : [path];
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length ? entries.flatMap(([key, item]) => emptyValues(item, `${path}.${key}`)) : [path];
  }
  return [];
}

/** The schema.org types of a page node that this site uses: WebPage and its subtypes. */
const WEB_PAGE_TYPES = ['WebPage', 'MedicalWebPage', 'FAQPage'];

async function jsonLdOf(page: Page): Promise<Node[]> {
  const scripts = page.locator('script[type="application/ld+json"]');
  await expect(scripts).toHaveCount(1);
  // After the text, not in <head>: a reader never sees it, and before <main> its KB would push the
  // first paragraph out of the first round trip (issue 16).
  await expect(page.locator('main ~ script[type="application/ld+json"]')).toHaveCount(1);
  const data = JSON.parse((await scripts.textContent()) ?? '') as Node;
  expect(data['@context']).toBe('https://schema.org');
  expect(emptyValues(data), 'no empty or "undefined" values').toEqual([]);
  return data['@graph'] as Node[];
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the sitemap lists every built page and nothing else, without the 404 page', () => {
  const pages = builtPages().filter((path) => path !== '/404.html');
  expect(builtPages()).toContain('/404.html');
  expect([...SITEMAP_PATHS].sort()).toEqual(pages);
  for (const { loc } of readSitemap()) expect(loc.startsWith(`${SITE_URL}/`), loc).toBe(true);
});

test('robots.txt names the sitemap, which is served', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${SITE_URL}/sitemap-index.xml`);
  expect((await request.get('/sitemap-index.xml')).status()).toBe(200);
});

test('titles and descriptions are unique across the sitemap', async ({ page }) => {
  const titles: string[] = [];
  const descriptions: string[] = [];
  for (const path of SITEMAP_PATHS) {
    await page.goto(path);
    titles.push(await page.title());
    descriptions.push((await meta(page, 'description')) ?? '');
  }
  expect(new Set(titles).size, titles.join('\n')).toBe(titles.length);
  expect(new Set(descriptions).size, descriptions.join('\n')).toBe(descriptions.length);
});

for (const path of SITEMAP_PATHS) {
  test.describe(`${path}`, () => {
    test.beforeEach(async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
    });

    test('has lang, one h1, a 30-65 character title and a 50-160 character description', async ({ page }) => {
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.locator('h1')).toHaveCount(1);
      const title = await page.title();
      expect(title.length, title).toBeGreaterThanOrEqual(30);
      expect(title.length, title).toBeLessThanOrEqual(65);
      const description = (await meta(page, 'description')) ?? '';
      expect(description.length, description).toBeGreaterThanOrEqual(50);
      expect(description.length, description).toBeLessThanOrEqual(160);
      await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
    });

    test('canonical is absolute, on SITE_URL, and equals og:url', async ({ page }) => {
      await expect(page.locator('link[rel="canonical"]')).toHaveCount(1);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(canonical).toBe(new URL(path, `${SITE_URL}/`).href);
      expect(await meta(page, 'og:url')).toBe(canonical);
    });

    test('has Open Graph and Twitter card tags', async ({ page }) => {
      // The page's own words: the <title> may add " | Semax Evidence Guide", a link card shows
      // og:site_name beside og:title, so og:title does not repeat it (issue 15).
      const ogTitle = (await meta(page, 'og:title'))!;
      expect(ogTitle.length).toBeGreaterThan(10);
      expect(await page.title()).toContain(ogTitle);
      expect(ogTitle).not.toMatch(/\| Semax Evidence Guide$/);
      expect(await meta(page, 'twitter:title')).toBe(ogTitle);
      expect(await meta(page, 'og:description')).toBe(await meta(page, 'description'));
      expect(await meta(page, 'og:type')).toBe(SECTIONS.has(path) ? 'article' : 'website');
      expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
      expect(await meta(page, 'twitter:image')).toBe(await meta(page, 'og:image'));
      expect((await meta(page, 'og:image:alt'))?.length).toBeGreaterThan(20);
      expect(await meta(page, 'twitter:image:alt')).toBe(await meta(page, 'og:image:alt'));
    });

    test('og:image is in the build, a PNG of the declared size', async ({ page, request }) => {
      const image = (await meta(page, 'og:image')) ?? '';
      expect(image.startsWith(`${SITE_URL}/`), image).toBe(true);
      const response = await request.get(new URL(image).pathname);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      const { width, height } = pngSize(await response.body());
      expect(String(width)).toBe(await meta(page, 'og:image:width'));
      expect(String(height)).toBe(await meta(page, 'og:image:height'));
      expect([width, height]).toEqual([1200, 630]);
    });

    test('JSON-LD parses and describes the page', async ({ page }) => {
      const graph = await jsonLdOf(page);
      const canonical = new URL(path, `${SITE_URL}/`).href;
      // WebPage or one of its schema.org subtypes (a section's MedicalWebPage, /claims/'s FAQPage).
      const webPage = graph.find(
        (node) => node.url === canonical && WEB_PAGE_TYPES.includes(String(node['@type'])),
      );
      expect(webPage, 'a WebPage node for this URL').toBeDefined();
      const h1 = await page.getByRole('heading', { level: 1 }).textContent();
      // A section's name is its h1; another page may be named by its <title>.
      expect(SECTIONS.has(path) ? [h1] : [h1, await page.title()]).toContain(webPage!.name);
      expect(webPage!.description).toBe(await meta(page, 'description'));
      expect(webPage!.inLanguage).toBe('en');

      const types = graph.map((node) => node['@type']);
      if (path === '/') expect(types).toContain('WebSite');
      else {
        const breadcrumb = graph.find((node) => node['@type'] === 'BreadcrumbList');
        const items = breadcrumb?.itemListElement as Node[];
        expect(items.map((item) => item.item)).toEqual([`${SITE_URL}/`, canonical]);
      }

      if (!SECTIONS.has(path)) return;
      expect(webPage!['@type']).toBe('MedicalWebPage');
      expect(webPage!.lastReviewed).toBe(await page.locator('.meta time').getAttribute('datetime'));
      const lastmod = readSitemap().find(({ loc }) => loc === canonical)?.lastmod;
      expect(lastmod?.slice(0, 10), 'sitemap lastmod is lastReviewed').toBe(webPage!.lastReviewed);
      const about = webPage!.about as Node;
      expect(about['@type']).toBe('Drug');
      expect(about.name).toBe('Semax');
      for (const role of ['author', 'reviewedBy'] as const) {
        expect((webPage![role] as Node).name).toBe('Semax Evidence Guide editors');
      }
      // citation: one entry per note of the page's rendered References list, in the same order,
      // each by its addresses: its PubMed page when it has a PMID, its DOI link when it has a DOI.
      const noteIds = await page.locator('.references li').evaluateAll((items) => items.map((li) => li.id));
      const keys = noteIds.map((id) => id.replace(/^ref-/, ''));
      expect(keys.length > 0, 'a page with citation markers has a References list').toBe(
        (await page.locator('.cite-link').count()) > 0,
      );
      const citations = (webPage!.citation ?? []) as Node[];
      expect(citations).toHaveLength(keys.length);
      keys.forEach((key, index) => {
        const reference = REFERENCES.get(key)!;
        const addresses = [citations[index]!.url, citations[index]!.sameAs].flat();
        if (reference.PMID) expect(addresses).toContain(`https://pubmed.ncbi.nlm.nih.gov/${reference.PMID}/`);
        if (reference.DOI) expect(addresses).toContain(`https://doi.org/${encodeURI(reference.DOI)}`);
      });
    });
  });
}

test('the 404 page helps: noindex, a link home and every section, not in the sitemap', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: /home page/ })).toHaveAttribute('href', '/');
  for (const section of SECTIONS) {
    await expect(main.locator(`a[href="${section}"]`)).not.toHaveCount(0);
  }
});
