// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import buildGate from './src/integrations/build-gate.ts';
import pageImages from './src/integrations/page-images.ts';
import siteSitemap from './src/integrations/sitemap.ts';
import styleHashes from './src/integrations/style-hashes.ts';
import unusedReferences from './src/integrations/unused-references.ts';
import { createPageCollector } from './src/lib/collector.ts';
import { checkContentFiles } from './src/lib/contentFiles.ts';
import { loadBibliography, loadGlossary } from './src/lib/loadContent.ts';
import { rehypePlugins, remarkPlugins } from './src/plugins/index.ts';
import { SITE_URL } from './src/site.ts';

// Invalid UTF-8, JSON syntax errors, impossible review dates and two sections with one `order` stop
// the build here, with file and line, before any parser reports them less clearly.
checkContentFiles();

// Loaded and validated once, handed to the plugins and integrations (src/lib/loadContent.ts).
const bibliography = loadBibliography();
const glossary = loadGlossary();
// What the Markdown pipeline learns about each page, for the integrations that run after the build.
const collector = createPageCollector();
const plugins = { bibliography, glossary, collector };

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  // The one stylesheet inline in every page's <head> (issue 16): the first paint needs no second
  // request. The style-hashes integration lists its hash in dist/_headers, so the CSP still allows no
  // other inline style (figures for both ways in README, Performance).
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    mdx(),
    unusedReferences({ bibliography, collector }),
    siteSitemap({ collector }),
    pageImages({ collector }),
    // Before the gate, which checks every <style> against the policy this writes into dist/_headers.
    styleHashes(),
    // Last: fails the build on broken links and fragments, duplicate or lost ids, markup the CSP
    // would block and oversized sections (see src/integrations/build-gate.ts).
    buildGate({ origin: SITE_URL }),
  ],
  vite: {
    build: {
      // Astro inlines scripts under 4 KB into the page, which the Content-Security-Policy in
      // public/_headers (script-src 'self', no 'unsafe-inline') would block: keep every script a
      // file. Other assets keep Vite's default (undefined = inline under 4 KB).
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      // One stylesheet for the whole site instead of up to three per page (issue 16): one blocking
      // request before the first paint, cached for every next page; all of it brotli is about 7 KB,
      // and every page stays far under 14 KB before its first paragraph (npm run bench).
      cssCodeSplit: false,
    },
  },
  markdown: {
    // Our remark/rehype plugins need the unified processor (Astro 7 defaults to Sätteri).
    // GFM comes from remark-gfm itself (first of our remark plugins) rather than the built-in switch.
    // The order of the plugins, and why, is in src/plugins/index.ts.
    processor: unified({
      gfm: false,
      remarkPlugins: remarkPlugins(plugins),
      rehypePlugins: rehypePlugins(plugins),
    }),
  },
});
