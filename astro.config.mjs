// @ts-check
import { readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
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
  integrations: [mdx()],
  markdown: {
    // Our remark/rehype plugins need the unified processor (Astro 7 defaults to Sätteri).
    // GFM comes from remark-gfm itself, pinned in package.json, rather than the built-in switch.
    processor: unified({
      gfm: false,
      remarkPlugins: [remarkGfm],
      // rehypeHeadingIds first: the heading links need the ids it gives.
      rehypePlugins: [rehypeHeadingIds, rehypeHeadingLinks, [rehypeGlossary, { terms: glossary }]],
    }),
  },
  vite: {
    // Astro inlines scripts and stylesheets under this size into the HTML; a strict CSP (no
    // 'unsafe-inline') needs every script and style as an external /_astro/ file.
    build: { assetsInlineLimit: 0 },
  },
});
