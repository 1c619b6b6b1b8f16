/**
 * Site search as Pagefind itself answers it: the pagefind.js that the build ships, run in Node on
 * the index in dist/pagefind/. Its requests are answered from the files of dist/ (a fetch that
 * reads the folder), so no server or port is needed and the index is exactly what a host serves.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rankedSubResults, type PagefindResultData } from '@/scripts/search';
import { DIST, SITEMAP_PATHS } from './dist';

type ResultData = PagefindResultData & { content: string };
interface PagefindModule {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(term: string | null): Promise<{ results: { data(): Promise<ResultData> }[] }>;
  destroy(): Promise<void>;
}

const ORIGIN = 'http://pagefind.test';
let pagefind: PagefindModule;
const realFetch = globalThis.fetch;

beforeAll(async () => {
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    if (url.origin !== ORIGIN) throw new Error(`unexpected request to ${url.href}`);
    const body = await readFile(join(DIST, decodeURIComponent(url.pathname)));
    return new Response(body, { status: 200 });
  }) as typeof fetch;
  pagefind = (await import(pathToFileURL(join(DIST, 'pagefind', 'pagefind.js')).href)) as PagefindModule;
  await pagefind.options({ basePath: `${ORIGIN}/pagefind/`, baseUrl: '/' });
  await pagefind.init();
});

afterAll(async () => {
  await pagefind?.destroy();
  globalThis.fetch = realFetch;
});

const query = async (term: string | null) =>
  Promise.all((await pagefind.search(term)).results.map((result) => result.data()));

describe('the Pagefind index of the build', () => {
  it('holds every reader page of the sitemap (the filtered explorer views may stay out)', async () => {
    const indexed = new Set((await query(null)).map((page) => page.url));
    const readerPages = SITEMAP_PATHS.filter((path) => !/^\/evidence\/.+/.test(path) && path !== '/search/');
    expect(
      readerPages.every((path) => indexed.has(path)),
      [...indexed].join(' '),
    ).toBe(true);
  });

  it('"BDNF" finds the glossary', async () => {
    const urls = (await query('BDNF')).map((page) => page.url);
    expect(urls).toContain('/glossary/');
  });

  it('"semax legal": the first result shows the Legal status section first (sub-results ranked by match)', async () => {
    // /claims/ answers "Semax is legal and approved by the FDA" and may rank first; the ranking of
    // sub-results is about the first section page found.
    const first = (await query('semax legal')).find((page) => page.url !== '/claims/');
    expect(rankedSubResults(first!)[0]?.title).toBe('Legal status');
  });

  it('leaves the reference lists of the sections out of the index', async () => {
    for (const page of await query(null)) {
      if (page.url === '/references/') continue;
      expect(
        page.sub_results.map((sub) => sub.title),
        page.url,
      ).not.toContain('References');
    }
  });

  it('gives excerpts with the matched words marked', async () => {
    const [first] = await query('BDNF');
    // Pagefind keeps punctuation next to a word inside its mark ("<mark>BDNF,</mark>").
    expect(first!.excerpt).toMatch(/<mark>BDNF[^<\w]*<\/mark>/i);
  });
});

describe('dist/pagefind', () => {
  // The site draws its own results (src/scripts/search.ts): Pagefind's prebuilt UI bundles would be
  // served but never loaded, so scripts/build-search-index.mjs leaves them out.
  it("holds pagefind.js, its worker, WebAssembly and index, and none of Pagefind's UI bundles", async () => {
    const files = await readdir(join(DIST, 'pagefind'));
    expect(files).toContain('pagefind.js');
    expect(files.some((name) => name.startsWith('wasm.'))).toBe(true);
    expect(files).toEqual(expect.arrayContaining(['index', 'fragment']));
    expect(files.filter((name) => /ui|highlight/.test(name))).toEqual([]);
  });
});
