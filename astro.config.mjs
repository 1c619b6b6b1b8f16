// @ts-check
import mdx from '@astrojs/mdx';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import rehypeAnchorAliases from './src/plugins/rehype-anchor-aliases.ts';
import rehypeEvidenceLabels from './src/plugins/rehype-evidence-labels.ts';
import remarkClaimAnchors from './src/plugins/remark-claim-anchors.ts';
import remarkHeadingIds from './src/plugins/remark-heading-ids.ts';
import { SITE_URL } from './src/site.ts';

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  markdown: {
    // Our remark/rehype plugins need the unified processor (Astro 7 defaults to Sätteri).
    // GFM comes from remark-gfm itself, pinned in package.json, rather than the built-in switch.
    processor: unified({
      gfm: false,
      remarkPlugins: [remarkGfm, remarkHeadingIds, remarkClaimAnchors],
      // rehypeHeadingIds runs first so that the plugins after it can rely on heading ids.
      rehypePlugins: [rehypeHeadingIds, rehypeEvidenceLabels, rehypeAnchorAliases],
    }),
  },
});
