/**
 * "Cite this page": a page of the guide as a reference, in the three forms Wikipedia's "Cite this
 * page" offers: a formatted citation (APA, by citation-js's CSL processor, so the style is the
 * style's own and not our imitation), BibTeX and RIS (the writers of the bibliography exports,
 * src/lib/exportReferences.ts, so the page's entry imports as the references do).
 *
 * The author is the editorial team as one name (the site names no individual author), the date is
 * the page's review date, and the key is "semax-guide-<page>", so it cannot clash with a
 * bibliography id.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { isoDay } from './dates';
import { escapeLatex, risRecord } from './exportReferences';

export interface CitedPage {
  /** Key for reference managers, e.g. "semax-guide-uses". */
  id: string;
  /** The page's title (its h1). */
  title: string;
  /** Absolute URL of the page. */
  url: string;
  /** The editorial team, written as one (corporate) author. */
  editors: string;
  /** The site's name, the "container" of the page. */
  site: string;
  /** When the page was last reviewed: its date as a citation. */
  reviewed: Date;
}

export interface PageCitation {
  text: string;
  bibtex: string;
  ris: string;
}

const dateParts = (date: Date) => [[date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]];

/** The page as CSL-JSON, the form citation-js reads. */
function toCsl(page: CitedPage): Record<string, unknown> {
  return {
    id: page.id,
    type: 'webpage',
    title: page.title,
    author: [{ literal: page.editors }],
    'container-title': page.site,
    issued: { 'date-parts': dateParts(page.reviewed) },
    URL: page.url,
    language: 'en',
  };
}

interface BibtexEntry {
  type: string;
  label: string;
  properties: Record<string, string>;
}

/** BibTeX of the page: citation-js's fields, with LaTeX escapes (not in the URL) and our key. */
function bibtexOf(page: CitedPage, cite: Cite): string {
  const [entry] = cite.format('bibtex', { format: 'object' }) as BibtexEntry[];
  // citation-js writes the day into BibTeX's month ("dec 3"); BibLaTeX's date field holds the day.
  const { month: _month, ...fields } = entry!.properties;
  const lines = Object.entries({ ...fields, date: isoDay(page.reviewed) }).map(
    ([field, value]) => `\t${field} = {${field === 'url' ? value : escapeLatex(value)}},`,
  );
  return `@${entry!.type}{${page.id},\n${lines.join('\n')}\n}\n`;
}

/** RIS of the page, written line by line (citation-js's writer breaks long values mid-word). */
function risOf(page: CitedPage, cite: Cite): string {
  const [entry] = cite.format('ris', { format: 'object' }) as Record<
    string,
    string | number | (string | number)[]
  >[];
  const fields: Record<string, string | number | (string | number)[]> = {
    ...entry!,
    ID: page.id,
    AU: page.editors,
    T2: page.site,
  };
  return risRecord(fields).join('\r\n');
}

export function citePage(page: CitedPage): PageCitation {
  const cite = new Cite(toCsl(page));
  const text = String(cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' })).trim();
  return { text, bibtex: bibtexOf(page, cite), ris: risOf(page, cite) };
}
