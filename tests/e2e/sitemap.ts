/**
 * The pages of the built site as the sitemap lists them, read from dist/ when the tests are
 * collected (Playwright needs the list of tests before any test runs).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);

/** Every <url> of every sitemap listed in dist/sitemap-index.xml, with its <lastmod> if any. */
export function readSitemap(dist = 'dist'): { loc: string; lastmod?: string }[] {
  const index = join(dist, 'sitemap-index.xml');
  if (!existsSync(index)) throw new Error(`${index} is missing: run "npm run build" before the e2e tests`);
  return locs(readFileSync(index, 'utf8')).flatMap((sitemap) => {
    const xml = readFileSync(join(dist, new URL(sitemap).pathname), 'utf8');
    return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, entry]) => ({
      loc: locs(entry)[0],
      lastmod: entry.match(/<lastmod>([^<]+)<\/lastmod>/)?.[1],
    }));
  });
}

/** URL paths of the sitemap's pages, e.g. ["/", "/uses/"]. */
export const SITEMAP_PATHS = readSitemap().map(({ loc }) => new URL(loc).pathname);

/** URL paths of every HTML page in dist/ ("uses/index.html" is "/uses/"; "404.html" is "/404.html"). */
export function builtPages(dist = 'dist'): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) {
        const url = `/${relative(dist, path).split(sep).join('/')}`;
        pages.push(url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url);
      }
    }
  };
  walk(dist);
  return pages.sort();
}
