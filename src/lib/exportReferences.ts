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

/** One BibTeX entry as citation-js maps it, before it is written out. */
interface BibtexEntry {
  type: string;
  label: string;
  properties: Record<string, string>;
}

/**
 * Fields that BibTeX styles and biber print verbatim (through \url or as identifiers): LaTeX escapes
 * there would end up in the link, so they are written as they are.
 */
const VERBATIM_BIBTEX_FIELDS = new Set(['url', 'doi', 'eprint']);

/**
 * Escapes the characters that LaTeX reads as commands in running text: an unescaped "%" comments
 * out the rest of the line ("Semax 0,1% in ..." lost its end) and "&", "#", "_", "$" stop the
 * compile. citation-js escapes them only in its ASCII mode, which we cannot use (see asciiOnly).
 */
export function escapeLatex(value: string): string {
  return value.replace(/(?<!\\)([%&#_$])/g, '\\$1');
}

/**
 * PubMed ids in the fields that readers of .bib files import: `eprint` with `eprinttype = {pubmed}`
 * is BibLaTeX's own form (biblatex prints it as a PubMed link), `pmid` is what Zotero and Better
 * BibTeX read. citation-js's BibTeX mapping writes neither.
 */
function pubmedFields(record: Reference): Record<string, string> {
  return record.PMID ? { pmid: record.PMID, eprint: record.PMID, eprinttype: 'pubmed' } : {};
}

/** The bibliography as BibTeX (UTF-8), one entry per record, keyed by the record's id. */
export function formatBibtex(records: readonly Reference[]): string {
  const entries = new Cite(toCslJson(records)).format('bibtex', { format: 'object' }) as BibtexEntry[];
  return entries
    .map((entry, index) => {
      const fields = { ...entry.properties, ...pubmedFields(records[index]!) };
      const lines = Object.entries(fields).map(
        ([field, value]) =>
          `\t${field} = {${VERBATIM_BIBTEX_FIELDS.has(field) ? value : escapeLatex(value)}},`,
      );
      return `@${entry.type}{${records[index]!.id},\n${lines.join('\n')}\n}\n`;
    })
    .join('');
}

/**
 * A RIS author line. A person is "Family, Given" (RIS's form); an organisation is written whole,
 * with no comma added, which is how Zotero's RIS import recognises a one-field (corporate) name.
 */
function risAuthor(name: NonNullable<Reference['author']>[number]): string {
  if (name.literal) return name.literal;
  return [name.family, name.given].filter(Boolean).join(', ');
}

/**
 * The bibliography as RIS, one entry per record. citation-js maps the fields; we write the lines,
 * because its writer breaks every value after 70 characters, mid-word, and readers join the pieces
 * with a space ("SEMAX" came back as "SE MAX"). Three fields are ours: ID is the record's id, whole
 * (citation-js cuts it to 20 characters, so it no longer matched the BibTeX key); AU keeps an
 * organisation as one name; the PubMed id goes in AN (the accession number EndNote fills for PubMed
 * records) and C2 (where RIS readers such as astrocite look for a PMID). RIS lines end with CR LF.
 */
export function formatRis(records: readonly Reference[]): string {
  const entries = new Cite(toCslJson(records)).format('ris', { format: 'object' }) as Record<
    string,
    string | number | (string | number)[]
  >[];
  const lines = entries.flatMap((entry, index) => {
    const record = records[index]!;
    const fields: Record<string, string | number | (string | number)[]> = {
      ...entry,
      ID: record.id,
      ...(record.author ? { AU: record.author.map(risAuthor) } : {}),
      ...(record.PMID ? { AN: record.PMID, C2: record.PMID } : {}),
    };
    return risRecord(fields);
  });
  return lines.join('\r\n');
}

/** One RIS record's lines: TY first (the format requires it), a line per value, ER last. */
export function risRecord(fields: Record<string, string | number | (string | number)[]>): string[] {
  return [
    `TY  - ${fields.TY}`,
    ...Object.entries(fields)
      .filter(([tag]) => tag !== 'TY')
      .flatMap(([tag, value]) => [value].flat().map((item) => `${tag}  - ${item}`)),
    'ER  - ',
    '',
  ];
}
