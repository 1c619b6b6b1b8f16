/**
 * The built site as the real-client tests read it: files of dist/ and the pages of its sitemap.
 * Every test here runs a client on what the host would serve, never on our own code's output.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sitemapPaths } from '../../scripts/lib/sitemap.mjs';

/** dist/, or another build given as CLIENTS_DIST (to measure an older build with the same tests). */
export const DIST = process.env.CLIENTS_DIST ?? 'dist';

/** A file of the build, as text. */
export function distFile(path: string): string {
  const file = join(DIST, path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build" before the client tests`);
  return readFileSync(file, 'utf8');
}

/** The HTML the host serves at a URL path such as "/uses/". */
export const distPage = (path: string) => distFile(path.endsWith('/') ? `${path}index.html` : path);

/** URL paths of every page of the sitemap. */
export const SITEMAP_PATHS = sitemapPaths(DIST);
