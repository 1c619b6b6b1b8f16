/**
 * How reference managers take a page of the guide itself (issue 15: saving /uses/ in Zotero gave
 * an authorless web page): the Highwire Press citation_* tags that Zotero's Embedded Metadata
 * translator and Google Scholar read, and the "Cite this page" block's BibTeX and RIS, parsed by the
 * same readers as the bibliography exports (the Better BibTeX parser and astrocite-ris).
 */
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { AST as RisAst, parse as parseRis } from 'astrocite-ris';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { EDITORS, SITE, SITE_URL } from '@/site';
import { SECTION_PAGES } from '../e2e/helpers';
import { distPage } from './dist';

const ARTICLE_PAGES = [...SECTION_PAGES, '/handout/'];
const idOf = (path: string) => (path === '/' ? 'overview' : path.replaceAll('/', ''));

function pageOf(path: string) {
  const { document } = new JSDOM(distPage(path)).window;
  const meta = (name: string) =>
    [...document.querySelectorAll(`meta[name="${name}"], meta[property="${name}"]`)].map((m) =>
      m.getAttribute('content'),
    );
  return { document, meta, title: document.querySelector('h1')!.textContent!.trim() };
}

describe('citation_* and article:* meta on every article page', () => {
  for (const path of ARTICLE_PAGES) {
    it(`${path}: title, the editors as author, the review date, the site, the address, the language`, () => {
      const { document, meta, title } = pageOf(path);
      const reviewed = document.querySelector('main time')!.getAttribute('datetime')!;
      expect(meta('citation_title')).toEqual([title]);
      expect(meta('citation_author')).toEqual([EDITORS.name]);
      expect(meta('citation_publication_date')).toEqual([reviewed.replaceAll('-', '/')]);
      expect(meta('citation_publisher')).toEqual([SITE.name]);
      expect(meta('citation_public_url')).toEqual([`${SITE_URL}${path}`]);
      expect(meta('citation_language')).toEqual([SITE.lang]);
      expect(meta('article:published_time')).toEqual([reviewed]);
      expect(meta('article:modified_time')).toEqual([reviewed]);
      expect(meta('author')).toEqual([EDITORS.name]);
    });
  }
});

describe('"Cite this page" on each section', () => {
  for (const path of SECTION_PAGES) {
    describe(path, () => {
      const { document, title } = pageOf(path);
      const block = document.querySelector('details.cite-page');
      const code = (format: string) =>
        block?.querySelector(`pre[data-format="${format}"]`)?.textContent ?? '';

      it('gives the formatted citation with the editors, date, title, site and address', () => {
        expect(block?.querySelector('summary')?.textContent).toBe('Cite this page');
        const text = block!.querySelector('.cite-text')!.textContent!;
        expect(text).toContain(EDITORS.name);
        expect(text).toContain(title);
        expect(text).toContain(`${SITE_URL}${path}`);
        expect(text).toMatch(/\(\d{4}, [A-Z][a-z]+ \d{1,2}\)/);
      });

      it('gives BibTeX that the Better BibTeX parser reads without errors', () => {
        const library = parseBibtex(code('bibtex'), { english: false });
        expect(library.errors).toEqual([]);
        expect(library.entries).toHaveLength(1);
        const [entry] = library.entries;
        expect(entry!.key).toBe(`semax-guide-${idOf(path)}`);
        expect(entry!.fields.title?.replace(/[{}]/g, '')).toBe(title);
        // One corporate author, not a person called "editors, Semax Evidence Guide".
        expect(entry!.fields.author).toEqual([{ name: EDITORS.name }]);
        expect(entry!.fields.url).toBe(`${SITE_URL}${path}`);
        expect(entry!.fields.date).toBe(document.querySelector('main time')!.getAttribute('datetime'));
      });

      it('gives RIS that astrocite reads, with the same key', () => {
        const [item, ...rest] = parseRis(code('ris'));
        expect(rest).toEqual([]);
        expect(item).toMatchObject({ id: `semax-guide-${idOf(path)}`, title, URL: `${SITE_URL}${path}` });
        // One AU line with the whole name and no comma, which Zotero's RIS import keeps as one
        // (corporate) name; astrocite itself splits any name without a comma into given and family.
        const au = RisAst.parse(code('ris')).children[0]!.properties.filter((p) => p.key === 'AU');
        expect(au.map((p) => p.value)).toEqual([EDITORS.name]);
      });
    });
  }
});
