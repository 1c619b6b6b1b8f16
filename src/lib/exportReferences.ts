/**
 * The bibliography as BibTeX and RIS, for readers who keep a reference manager. Built with
 * citation-js (maintained; reads and writes CSL-JSON, BibTeX and RIS) from the same validated records
 * as the pages, so the files cannot disagree with the notes.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { Reference } from './schemas';

// Our ids are the citation keys writers use, so readers' .bib keys match them (not "Dolotov2006Semax").
// asciiOnly: citation-js 0.7 turns a Cyrillic title into broken LaTeX escapes ("{\u  }"); UTF-8 is
// what BibLaTeX, Zotero and JabRef read today.
const bibtexConfig = plugins.config.get('@bibtex') as {
  format: { useIdAsLabel: boolean; asciiOnly: boolean };
};
bibtexConfig.format.useIdAsLabel = true;
bibtexConfig.format.asciiOnly = false;

/** Editorial fields of our records: for the editors and the site, not for a reader's library. */
const EDITORIAL_FIELDS = [
  'evidence',
  'design',
  'claims',
  'note',
  'verification',
  'verified_by',
  'developerNetwork',
] as const;

/**
 * Plain CSL-JSON for export: our editorial fields dropped (CSL's own `note` would otherwise carry
 * the editors' verification notes into readers' libraries).
 * A record typed "review" is exported as a journal article: in CSL "review" means a review *of*
 * another work, and citation-js then drops the journal name from BibTeX; the record itself is unchanged.
 */
export function toCslJson(records: readonly Reference[]): Record<string, unknown>[] {
  return records.map((record) => {
    const csl: Record<string, unknown> = { ...record };
    for (const field of EDITORIAL_FIELDS) delete csl[field];
    if (csl.type === 'review') csl.type = 'article-journal';
    return csl;
  });
}

/** The bibliography as BibTeX (UTF-8), one entry per record, keyed by the record's id. */
export function formatBibtex(records: readonly Reference[]): string {
  return new Cite(toCslJson(records)).format('bibtex') as string;
}

/**
 * The bibliography as RIS, one entry per record. citation-js maps the fields; we write the lines,
 * because its writer breaks every value after 70 characters, mid-word, and readers join the pieces
 * with a space ("SEMAX" came back as "SE MAX"). RIS lines end with CR LF.
 */
export function formatRis(records: readonly Reference[]): string {
  const entries = new Cite(toCslJson(records)).format('ris', { format: 'object' }) as Record<
    string,
    string | number | (string | number)[]
  >[];
  const lines = entries.flatMap((entry) => [
    `TY  - ${entry.TY}`,
    ...Object.entries(entry)
      .filter(([tag]) => tag !== 'TY')
      .flatMap(([tag, value]) => [value].flat().map((item) => `${tag}  - ${item}`)),
    'ER  - ',
    '',
  ]);
  return lines.join('\r\n');
}
