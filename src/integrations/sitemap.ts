/**
 * The sitemap, preconfigured (as the Astro docs do in config/integrations/sitemap.ts), so that
 * astro.config.mjs stays declarative. @astrojs/sitemap lists every page but the 404 (it leaves out
 * 404 and 500 itself); a section's <lastmod> is the date its content was last reviewed, as the
 * Markdown pipeline saw it in the section's frontmatter (the collector of src/lib/collector.ts).
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

export default function siteSitemap({ collector }: { collector: PageCollector }): AstroIntegration {
  // Read once, on the first URL: serialize() runs when the build is done, every page compiled.
  let dates: Map<string, string> | undefined;
  return sitemap({
    serialize(item) {
      dates ??= sectionReviewDates(collector);
      const reviewed = dates.get(new URL(item.url).pathname);
      return reviewed ? { ...item, lastmod: reviewed } : item;
    },
  });
}
