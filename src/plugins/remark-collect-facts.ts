/**
 * remark-collect-facts: the last remark plugin. Copies what the build needs once every page is
 * compiled (the keys a page cites, its review date) from the page's remark frontmatter into the
 * collector created in astro.config.mjs (src/lib/collector.ts), for the integrations that run when
 * the build is done: the unused-reference warning and the sitemap.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { PageCitation } from '../lib/citations';
import type { PageCollector } from '../lib/collector';
import { isoDay } from '../lib/dates';

export interface RemarkCollectFactsOptions {
  collector: PageCollector;
}

/** The review date as YYYY-MM-DD, whether YAML gave a Date or a string. */
function reviewDay(value: unknown): string | undefined {
  if (value instanceof Date) return isoDay(value);
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

const remarkCollectFacts: Plugin<[RemarkCollectFactsOptions], Root> =
  ({ collector }) =>
  (_tree, file) => {
    const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro
      ?.frontmatter;
    const citations = (frontmatter?.citations ?? []) as PageCitation[];
    collector.record(file.path ?? '(MDX input)', {
      citedKeys: citations.map((citation) => citation.key),
      lastReviewed: reviewDay(frontmatter?.lastReviewed),
    });
  };

export default remarkCollectFacts;
