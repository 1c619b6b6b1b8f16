// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import unusedReferences from './src/integrations/unused-references.ts';
import remarkCitations from './src/plugins/remark-citations.ts';
import { SITE_URL } from './src/site.ts';

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), unusedReferences()],
  markdown: {
    // Our remark/rehype plugins need the unified processor (Astro 7 defaults to Sätteri).
    // GFM comes from remark-gfm itself, pinned in package.json, rather than the built-in switch.
    processor: unified({ gfm: false, remarkPlugins: [remarkGfm, remarkCitations] }),
  },
});
