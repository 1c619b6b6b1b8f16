/**
 * Draws the link-preview image of every page that is not a section (issue 15: 15 pages shared the
 * home page's), once the pages are built: the head tags of such a page name /og/pages/<page>.png
 * (src/lib/pageImage.ts), and the title and description it shows are read from the built page's
 * own og:title and description, so the image cannot disagree with the tags. The sections' images
 * are endpoints (src/pages/og/[section].png.ts), drawn from their frontmatter.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { PageCollector } from '../lib/collector';
import { ogPageImageInput } from '../lib/ogImage';
import { renderOgImage } from '../lib/renderOgImage';
import { SITE } from '../site';
import { readBuiltSite } from './checks/site';
import { newestDate, sectionReviewDates } from './sitemap';

/** The <meta> contents of a page's head, by name or property. */
function metaOf(tree: Root): Map<string, string> {
  const metas = new Map<string, string>();
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'meta') return;
    const key = node.properties.name ?? node.properties.property;
    if (typeof key === 'string' && typeof node.properties.content === 'string')
      metas.set(key, node.properties.content);
  });
  return metas;
}

export default function pageImages({ collector }: { collector: PageCollector }): AstroIntegration {
  return {
    name: 'page-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const newest = newestDate(sectionReviewDates(collector));
        if (!newest) throw new Error('page-images: no section review date was collected');
        let drawn = 0;
        for (const built of readBuiltSite(root).pages) {
          const meta = metaOf(built.tree);
          const image = meta.get('og:image');
          const path = image && new URL(image).pathname;
          if (!path?.startsWith('/og/pages/')) continue;
          const page = {
            path,
            title: meta.get('og:title') ?? '',
            description: meta.get('description') ?? '',
          };
          const png = await renderOgImage(ogPageImageInput(SITE.name, page, new Date(newest)));
          const target = join(root, path);
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, png);
          drawn++;
        }
        logger.info(`${drawn} link-preview image(s) drawn for pages other than the sections`);
      },
    },
  };
}
