/**
 * The pages of the built site as the sitemap lists them, read from dist/ when the tests are
 * collected (Playwright needs the list of tests before any test runs), with the sitemap reader the
 * scripts use (scripts/lib/sitemap.mjs).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { readSitemap, sitemapPaths } from '../../scripts/lib/sitemap.mjs';

if (!existsSync(join('dist', 'sitemap-index.xml'))) {
  throw new Error('dist/sitemap-index.xml is missing: run "npm run build" before the e2e tests');
}

export { readSitemap };

/** URL paths of the sitemap's pages, e.g. ["/", "/uses/"]. */
export const SITEMAP_PATHS = sitemapPaths();

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
