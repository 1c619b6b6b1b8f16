/**
 * Link cards (chat apps, social sites) as they are built from the Open Graph tags of the built
 * pages: each indexable page has an image and a title of its own (issue 15: 15 pages shared the home
 * page's image, two og:titles repeated the site name), and each image is a PNG of the declared
 * size in the build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { SITE } from '@/site';
import { DIST, distPage, SITEMAP_PATHS } from './dist';

const cards = SITEMAP_PATHS.map((path) => {
  const { document } = new JSDOM(distPage(path)).window;
  const og = (property: string) =>
    document.querySelector(`meta[property="og:${property}"]`)?.getAttribute('content') ?? '';
  return {
    path,
    title: og('title'),
    image: og('image'),
    width: og('image:width'),
    height: og('image:height'),
  };
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const data = readFileSync(file);
  expect(data.subarray(1, 4).toString('latin1'), file).toBe('PNG');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

describe('link previews of every indexable page', () => {
  it('each page has an image of its own', () => {
    const images = cards.map((card) => card.image);
    expect(new Set(images).size, images.join('\n')).toBe(cards.length);
  });

  it('each page has a title of its own, without the site name (og:site_name carries it)', () => {
    expect(new Set(cards.map((card) => card.title)).size).toBe(cards.length);
    for (const { path, title } of cards) {
      expect(title.length, path).toBeGreaterThan(10);
      expect(title, path).not.toMatch(new RegExp(`[|:–-] ${SITE.name}$`));
    }
  });

  for (const { path, image, width, height } of cards) {
    it(`${path}: the image is a PNG of the declared size in the build`, () => {
      const size = pngSize(join(DIST, new URL(image).pathname));
      expect([String(size.width), String(size.height)]).toEqual([width, height]);
    });
  }
});
