/**
 * The one sitemap reader of scripts/ and tests/: the link checker, the benchmark, the e2e and the
 * client tests all take the site's pages from the built sitemap this way. Synchronous, because
 * Playwright needs its list of tests (one per sitemap URL) before any test runs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const locs = (xml) => [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((match) => match[1]);

/**
 * Every <url> of `dist`/sitemap-index.xml and of the sitemaps it lists, with its <lastmod> if any.
 * A listed sitemap (a .xml <loc>) is read from the folder by its path; one the folder lacks is
 * returned as an entry, so that a link check reports it. No index file: an empty list.
 * @param {string} [dist] the built folder
 * @returns {{ loc: string, lastmod?: string }[]}
 */
export function readSitemap(dist = 'dist') {
  const entries = [];
  const read = (file) => {
    for (const [, entry] of readFileSync(file, 'utf8').matchAll(
      /<(?:url|sitemap)>([\s\S]*?)<\/(?:url|sitemap)>/g,
    )) {
      const loc = locs(entry)[0];
      if (!loc) continue;
      const nested = join(dist, new URL(loc).pathname);
      if (loc.endsWith('.xml') && existsSync(nested)) read(nested);
      else entries.push({ loc, lastmod: entry.match(/<lastmod>([^<]+)<\/lastmod>/)?.[1] });
    }
  };
  const index = join(dist, 'sitemap-index.xml');
  if (existsSync(index)) read(index);
  return entries;
}

/**
 * URL paths of the sitemap's pages, e.g. ["/", "/uses/"]; a <loc> on another origin than `site`
 * (when given) stays a whole URL, so that a link check reports it.
 * @param {string} [dist]
 * @param {string} [site] the origin the sitemap should use, e.g. "https://semax.example.org"
 * @returns {string[]}
 */
export function sitemapPaths(dist = 'dist', site) {
  return readSitemap(dist).map(({ loc }) => {
    const url = new URL(loc);
    return site && url.origin !== site ? loc : url.pathname;
  });
}
