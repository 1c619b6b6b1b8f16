/**
 * The date each section was last reviewed, keyed by its URL path, read straight from the MDX
 * frontmatter. astro.config.mjs uses it for the sitemap's <lastmod>: the sitemap integration runs
 * outside the content layer, so it cannot call getCollection().
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { sectionPath } from '../site';
import { parseSection } from './schemas';

/** Map from URL path ("/uses/") to the section's lastReviewed date. */
export function readReviewDates(dir = 'content/sections'): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.mdx'))) {
    const path = join(dir, file);
    const data = parseSection(path, parseFrontmatter(readFileSync(path, 'utf8')).frontmatter);
    dates.set(sectionPath(file.replace(/\.mdx$/, '')), data.lastReviewed);
  }
  return dates;
}
