import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { escapeLatex, formatBibtex, formatRis, toCslJson } from '@/lib/exportReferences';
import { parseReferences } from '@/lib/schemas';

const records = parseReferences(
  'content/references.json',
  JSON.parse(readFileSync('content/references.json', 'utf8')),
);
const byId = new Map(records.map((r) => [r.id, r]));

describe('BibTeX export', () => {
  const bib = formatBibtex(records);

  it('parses back with citation-js into every record, keyed by our ids, with titles and DOIs intact', () => {
    const parsed = new Cite(bib).data;
    expect(parsed).toHaveLength(records.length);
    for (const entry of parsed) {
      const record = byId.get(entry.id);
      expect(record, entry.id).toBeDefined();
      expect(entry.title).toBe(record!.title);
      expect(entry.DOI).toBe(record!.DOI);
    }
  });

  it('keeps a Cyrillic title as UTF-8 rather than broken LaTeX escapes', () => {
    expect(bib).toContain('Кардиопротекторное действие семакса');
  });

  it('keeps the journal of a record typed "review" and leaves out the editors\' notes', () => {
    expect(bib).toMatch(/@article\{kolomin2013review,[^@]*journal = \{Neuroscience \\& Medicine\}/);
    expect(bib).not.toContain('PubMed-indexed');
  });
});

describe('escapeLatex', () => {
  it('escapes the characters LaTeX reads as commands, once', () => {
    expect(escapeLatex('0,1% & #1 a_b $5')).toBe('0,1\\% \\& \\#1 a\\_b \\$5');
    expect(escapeLatex('already \\% escaped')).toBe('already \\% escaped');
  });
});

describe('RIS export', () => {
  it('writes every value on one tagged line, never broken mid-word', () => {
    const lines = formatRis(records).split('\r\n');
    expect(lines.every((line) => line === '' || /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
    expect(lines).toContain(
      'TI  - Rapid induction of neurotrophin mRNAs in rat glial cell cultures by SEMAX, an adrenocorticotropic hormone analog',
    );
  });

  it('parses back with citation-js into every record with titles, DOIs and URLs intact', () => {
    const parsed = new Cite(formatRis(records)).data;
    expect(parsed).toHaveLength(records.length);
    const byTitle = new Map(records.map((r) => [r.title, r]));
    for (const entry of parsed) {
      const record = byTitle.get(String(entry.title));
      expect(record, String(entry.title)).toBeDefined();
      expect(entry.DOI).toBe(record!.DOI);
      expect(entry.URL).toBe(record!.URL);
    }
  });
});

describe('toCslJson', () => {
  it('drops only the editorial fields', () => {
    const [csl] = toCslJson([byId.get('dolotov2006bdnf')!]);
    expect(Object.keys(csl!)).not.toContain('design');
    expect(Object.keys(csl!)).not.toContain('note');
    expect(csl).toMatchObject({ id: 'dolotov2006bdnf', PMID: '16996037', volume: '1117' });
  });
});
