// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import buildGate from './src/integrations/build-gate.ts';
import pageImages from './src/integrations/page-images.ts';
import siteSitemap from './src/integrations/sitemap.ts';
import inlineHashes from './src/integrations/inline-hashes.ts';
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
  // Each page's stylesheet inline in its <head> (issue 16): the first paint needs no second request.
  // The inline-hashes integration lists their hashes in dist/_headers, so the CSP still allows no
  // other inline style (figures for both ways in README, Performance).
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    mdx(),
    unusedReferences({ bibliography, collector }),
    siteSitemap({ collector }),
    pageImages({ collector }),
    // Before the gate, which checks every inline <style> and <script> against the policy this writes
    // into dist/_headers.
    inlineHashes(),
    // Last: fails the build on broken links and fragments, duplicate or lost ids, markup the CSP
    // would block and oversized sections (see src/integrations/build-gate.ts).
    buildGate({ origin: SITE_URL }),
  ],
  vite: {
    build: {
      // The one script (src/scripts/enhancements.ts, under the 3 KB budget) inline at the end of every
      // page (issue 16): a file is a request that starts before the first paint, which a slow phone
      // pays for; inline, the page is one response. Its hash goes into script-src (inline-hashes), so
      // the CSP still runs no other inline script. Other assets keep Vite's default (inline under 4 KB).
      assetsInlineLimit: (file) => (file.endsWith('.js') ? true : undefined),
      // Each page inlines only the CSS of the components it uses (issue 16): with the stylesheet inline
      // there is no shared file to cache, so one site-wide sheet would only add bytes to every page.
      cssCodeSplit: true,
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
