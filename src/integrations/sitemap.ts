/**
 * The sitemap, preconfigured (as the Astro docs do in config/integrations/sitemap.ts), so that
 * astro.config.mjs stays declarative. @astrojs/sitemap lists every page but the 404 (it leaves out
 * 404 and 500 itself); a section's <lastmod> is the date its content was last reviewed, as the
 * Markdown pipeline saw it in the section's frontmatter (the collector of src/lib/collector.ts).
 *
 * Every other URL gets one too (issue 15: 5 of 19 had one): the pages built from the whole guide
 * (glossary, references, claims, explorer, changes, search) show the reviewed sections and their
 * bibliography, so their date is the newest review date of the guide. A crawler that sees no
 * lastmod has to guess how fresh a page is.
 */
import { basename, relative, sep } from 'node:path';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import type { PageCollector } from '../lib/collector';
import { sectionPath } from '../site';

/** Where the sections live; their file name is their id. */
const SECTIONS_DIR = ['content', 'sections'].join(sep);

/** URL path -> review date (YYYY-MM-DD) of every section the build compiled. */
export function sectionReviewDates(collector: PageCollector, cwd = process.cwd()): Map<string, string> {
  const dates = new Map<string, string>();
  for (const [file, page] of collector.pages()) {
    const path = relative(cwd, file);
    if (!path.startsWith(SECTIONS_DIR + sep) || !page.lastReviewed) continue;
    dates.set(sectionPath(basename(path).replace(/\.mdx$/, '')), page.lastReviewed);
  }
  return dates;
}

/** The newest of the review dates (YYYY-MM-DD sorts as text). */
export const newestDate = (dates: Map<string, string>) => [...dates.values()].sort().at(-1);

/** The <lastmod> of a URL path: its section's review date, else the guide's newest review date. */
export function lastmodOf(path: string, dates: Map<string, string>): string | undefined {
  return dates.get(path) ?? newestDate(dates);
}

export default function siteSitemap({ collector }: { collector: PageCollector }): AstroIntegration {
  // Read once, on the first URL: serialize() runs when the build is done, every page compiled.
  let dates: Map<string, string> | undefined;
  return sitemap({
    serialize(item) {
      dates ??= sectionReviewDates(collector);
      const lastmod = lastmodOf(new URL(item.url).pathname, dates);
      return lastmod ? { ...item, lastmod } : item;
    },
  });
}
