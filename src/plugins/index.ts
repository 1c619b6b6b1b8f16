/**
 * The site's remark and rehype plugins, in order. astro.config.mjs hands these lists to Astro's
 * unified processor and tests/unit/renderMdx.ts runs the same lists, so every plugin test runs the
 * build's own pipeline (as Starlight does in integrations/remark-rehype.ts).
 *
 * Astro runs its own steps around them: remark-smartypants before the remark list (remark-gfm is
 * ours, below, pinned in package.json), and rehypeHeadingIds again after the rehype list (it keeps
 * ids that are set).
 */
import { rehypeHeadingIds, type RehypePlugins, type RemarkPlugins } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import type { PageCollector } from '../lib/collector';
import type { Bibliography } from '../lib/loadContent';
import type { GlossaryEntry } from '../lib/schemas';
import rehypeAnchorAliases from './rehype-anchor-aliases';
import rehypeEvidenceLabels from './rehype-evidence-labels';
import rehypeGlossary from './rehype-glossary';
import rehypeHeadingLinks from './rehype-heading-links';
import rehypeIndependenceNotes from './rehype-independence-notes';
import rehypeNaturalFragments from './rehype-natural-fragments';
import rehypeProseTables from './rehype-prose-tables';
import remarkCitations from './remark-citations';
import remarkClaimAnchors from './remark-claim-anchors';
import remarkCollectFacts from './remark-collect-facts';
import remarkEvidenceTable from './remark-evidence-table';
import remarkFactsBox from './remark-facts-box';
import remarkHeadingIds from './remark-heading-ids';
import remarkReadingTime from './remark-reading-time';

/** What the plugins need from the build: loaded once in astro.config.mjs (src/lib/loadContent.ts). */
export interface PluginOptions {
  bibliography: Bibliography;
  glossary: GlossaryEntry[];
  /** Receives each page's facts for the integrations that run after the build. */
  collector: PageCollector;
}

export function remarkPlugins({ bibliography, collector }: PluginOptions): RemarkPlugins {
  return [
    remarkGfm,
    // Write tables whose cells carry [@key] text, so they run before the plugins that read it.
    [remarkEvidenceTable, { bibliography }],
    [remarkFactsBox, { bibliography }],
    remarkHeadingIds,
    // Sees the [@key] text, so it runs before remark-citations replaces it with markers.
    remarkClaimAnchors,
    [remarkCitations, { bibliography }],
    // After remark-citations, so that citation keys are not counted as words.
    remarkReadingTime,
    // Last: copies the facts published above into the collector.
    [remarkCollectFacts, { collector }],
  ];
}

export function rehypePlugins({ bibliography, glossary }: PluginOptions): RehypePlugins {
  return [
    // First, so that the plugins after it can rely on heading ids.
    rehypeHeadingIds,
    // Before the heading links, which add hidden text to headings: the region is named after one.
    rehypeProseTables,
    // Evidence labels and anchor aliases before the heading links, which wrap each heading.
    rehypeEvidenceLabels,
    // Right after the labels: the note goes under each one.
    [rehypeIndependenceNotes, { bibliography }],
    rehypeAnchorAliases,
    // After the aliases (an alias may already be the natural id) and before the heading links.
    rehypeNaturalFragments,
    rehypeHeadingLinks,
    [rehypeGlossary, { terms: glossary }],
  ];
}
