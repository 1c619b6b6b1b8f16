/**
 * The bibliography exports read by parsers other than the one that wrote them: the parser of
 * Zotero's Better BibTeX (@retorquere/bibtex-parser) for /references.bib and astrocite-ris for
 * /references.ris, on the files of the build.
 */
import { readFileSync } from 'node:fs';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { AST as RisAst, parse as parseRis } from 'astrocite-ris';
import { describe, expect, it } from 'vitest';
import { parseReferences } from '@/lib/schemas';
import { distFile } from './dist';

const records = parseReferences(
  'content/references.json',
  JSON.parse(readFileSync('content/references.json', 'utf8')),
);
const byId = new Map(records.map((record) => [record.id, record]));
const withPmid = records.filter((record) => record.PMID);
const withDoi = records.filter((record) => record.DOI);

describe('/references.bib read by the Better BibTeX parser', () => {
  // english: false keeps titles as written (no sentence-casing), so they compare with the records.
  const library = parseBibtex(distFile('references.bib'), { english: false });
  const entries = new Map(library.entries.map((entry) => [entry.key, entry]));

  it('parses without errors into one entry per record, keyed by the record ids', () => {
    expect(library.errors).toEqual([]);
    expect([...entries.keys()].sort()).toEqual(records.map((record) => record.id).sort());
  });

  it('gets every title back whole: "%", "&", "#", "_" and "$" are escaped for LaTeX', () => {
    // An unescaped "%" made LaTeX and this parser drop the rest of the line ("Semax 0,1").
    for (const record of records) {
      const title = entries.get(record.id)!.fields.title ?? '';
      expect(title.replace(/[{}]/g, ''), record.id).toBe(record.title);
    }
    expect(entries.get('kolomin2013review')!.fields.journal).toBe('Neuroscience & Medicine');
  });

  it('keeps Cyrillic and diacritics as UTF-8', () => {
    expect(distFile('references.bib')).toContain('Кардиопротекторное действие семакса');
  });

  it('carries every PMID (pmid and BibLaTeX eprint/eprinttype=pubmed) and every DOI', () => {
    expect(withPmid.length).toBeGreaterThan(40);
    for (const record of withPmid) {
      const { fields } = entries.get(record.id)!;
      expect(fields.pmid, record.id).toBe(record.PMID);
      expect([fields.eprinttype, fields.eprint], record.id).toEqual(['pubmed', record.PMID]);
    }
    for (const record of withDoi) expect(entries.get(record.id)!.fields.doi, record.id).toBe(record.DOI);
  });
});

describe('/references.ris read by astrocite-ris', () => {
  const text = distFile('references.ris');
  const items = parseRis(text);
  const ast = RisAst.parse(text);

  it('parses into one item per record whose ids equal the BibTeX keys', () => {
    expect(items.map((item) => item.id).sort()).toEqual(records.map((record) => record.id).sort());
  });

  it('carries every PMID and every DOI', () => {
    const byItemId = new Map(items.map((item) => [item.id, item]));
    for (const record of withPmid) expect(byItemId.get(record.id)!.PMID, record.id).toBe(record.PMID);
    for (const record of withDoi) expect(byItemId.get(record.id)!.DOI, record.id).toBe(record.DOI);
  });

  it('writes an organisation as one author line with its whole name', () => {
    const corporate = records.filter((record) => record.author?.some((name) => name.literal));
    expect(corporate.length).toBeGreaterThan(0);
    for (const record of corporate) {
      const entry = ast.children.find((child) =>
        child.properties.some((property) => property.key === 'ID' && property.value === record.id),
      );
      const authors = entry!.properties.filter((property) => property.key === 'AU').map((p) => p.value);
      expect(authors, record.id).toEqual(record.author!.map((name) => name.literal));
    }
    // Sanity check that the record the test relies on is one the file has.
    expect(byId.get('wada_prohibited_list_2020')?.author?.[0]?.literal).toBe('World Anti-Doping Agency');
  });
});
