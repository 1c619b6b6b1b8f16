// @ts-check
import { readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { readReviewDates } from './src/lib/readReviewDates.ts';
import rehypeAnchorAliases from './src/plugins/rehype-anchor-aliases.ts';
import rehypeEvidenceLabels from './src/plugins/rehype-evidence-labels.ts';
import remarkClaimAnchors from './src/plugins/remark-claim-anchors.ts';
import remarkHeadingIds from './src/plugins/remark-heading-ids.ts';
import unusedReferences from './src/integrations/unused-references.ts';
import remarkCitations from './src/plugins/remark-citations.ts';

const reviewDates = readReviewDates();
import { parseGlossary } from './src/lib/schemas.ts';
import rehypeGlossary from './src/plugins/rehype-glossary.ts';
import rehypeHeadingLinks from './src/plugins/rehype-heading-links.ts';
import { SITE_URL } from './src/site.ts';

const GLOSSARY_FILE = 'content/glossary.json';
const glossary = parseGlossary(GLOSSARY_FILE, JSON.parse(readFileSync(GLOSSARY_FILE, 'utf8')));

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    mdx(),
    unusedReferences(),
    // Lists every page but the 404 (the integration leaves out 404 and 500 itself); a section's
    // <lastmod> is the date its content was last reviewed.
    sitemap({
      serialize(item) {
        const reviewed = reviewDates.get(new URL(item.url).pathname);
        return reviewed ? { ...item, lastmod: reviewed.toISOString().slice(0, 10) } : item;
      },
    }),
  ],
  vite: {
    build: {
      // Astro inlines scripts under 4 KB into the page, which the Content-Security-Policy in
      // public/_headers (script-src 'self', no 'unsafe-inline') would block: keep every script a
      // file. Other assets keep Vite's default (undefined = inline under 4 KB).
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
  },
  markdown: {
    // Our remark/rehype plugins need the unified processor (Astro 7 defaults to Sätteri).
    // GFM comes from remark-gfm itself, pinned in package.json, rather than the built-in switch.
    processor: unified({
      gfm: false,
      // remark-claim-anchors must see the [@key] markers, so it runs before remark-citations.
      remarkPlugins: [remarkGfm, remarkHeadingIds, remarkClaimAnchors, remarkCitations],
      // rehypeHeadingIds runs first so that the plugins after it can rely on heading ids.
      // Evidence labels and anchor aliases before the heading links, which wrap each heading.
      rehypePlugins: [
        rehypeHeadingIds,
        rehypeEvidenceLabels,
        rehypeAnchorAliases,
        rehypeHeadingLinks,
        [rehypeGlossary, { terms: glossary }],
      ],
    }),
  },
});
