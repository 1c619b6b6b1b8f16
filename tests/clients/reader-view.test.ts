/**
 * Reader view as Firefox shows it: Mozilla's Readability (the library behind Firefox Reader View)
 * with jsdom, on the pages of the build. Before issue 15 it kept 15 of 44 section headings, printed
 * "Link to this section" after the ones it kept, and took a reference's authors (or the "Who wrote
 * it" heading) for the byline.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { EDITORS, SITE_URL } from '@/site';
import { SECTION_PAGES } from '../e2e/helpers';
import { distPage, SITEMAP_PATHS } from './dist';

/** The article pages: the sections, the handout and the guide's other reading pages (not the
 * explorer's table views or /search/, which are tools rather than text to read). */
const ARTICLE_PAGES = SITEMAP_PATHS.filter((path) => !path.startsWith('/evidence/') && path !== '/search/');
// /changes/ is in: Readability drops a heading whose id contains a word it scores as page chrome
// ("meta", "comment", "share", "sidebar"...: its class weight counts the id), so the stroke entry's
// file, and with it its id, was renamed from "stroke-meta-analysis" to "stroke-pooled-analysis".

// jsdom reports the CSS it cannot parse (the site's own stylesheet is not loaded; nothing to say).
const quiet = new VirtualConsole();
const domOf = (path: string) =>
  new JSDOM(distPage(path), { url: `${SITE_URL}${path}`, virtualConsole: quiet });
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function read(path: string) {
  const page = domOf(path).window.document;
  // The article's own h2/h3 (the contents list's "On this page" is navigation, not the article).
  const headings = [...page.querySelectorAll('main :is(h2, h3)')]
    .filter((heading) => !heading.closest('nav, .toc'))
    .map((heading) => squash(heading.textContent));
  const tips = [...page.querySelectorAll('main :is(.cite-tip, .glossary-tip)')].map((tip) =>
    squash(tip.textContent),
  );
  // Readability changes the document it reads, so it gets a copy of its own.
  const article = new Readability(domOf(path).window.document).parse();
  const content = new JSDOM(article?.content ?? '').window.document;
  const kept = [...content.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => squash(h.textContent));
  return { article, headings, tips, kept, text: squash(content.body.textContent) };
}

describe('Readability (Firefox Reader View) on every article page', () => {
  it('covers the sections and the handout', () => {
    expect(ARTICLE_PAGES).toEqual(
      expect.arrayContaining(['/', '/mechanisms/', '/uses/', '/side-effects/', '/disclaimer/', '/handout/']),
    );
  });

  for (const path of ARTICLE_PAGES) {
    describe(path, () => {
      const { article, headings, tips, kept, text } = read(path);

      it('finds the article and keeps every h2 and h3', () => {
        expect(article, 'Readability found no article').not.toBeNull();
        expect(headings.filter((heading) => !kept.includes(heading))).toEqual([]);
      });

      it('prints no heading-link text and no citation preview or definition inline', () => {
        expect(text).not.toContain('Link to this section');
        // The previews are `hidden` until the enhancement opens one; a preview's text in the reader
        // view would stand in the middle of the sentence after its marker.
        expect(tips.filter((tip) => text.includes(tip))).toEqual([]);
      });

      it('names the editors as the byline', () => {
        expect(article?.byline).toBe(EDITORS.name);
      });

      // The sections and the handout carry a review date; the publication time is that date.
      const reviewed = domOf(path).window.document.querySelector('main time')?.getAttribute('datetime');
      if (SECTION_PAGES.includes(path as (typeof SECTION_PAGES)[number]) || path === '/handout/') {
        it('gives the review date as the publication time', () => {
          expect(reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(article?.publishedTime).toBe(reviewed);
        });
      }
    });
  }

  it('the previews checked are really on the pages (the check above is not empty)', () => {
    const { tips } = read('/uses/');
    expect(tips.length).toBeGreaterThan(20);
  });
});
