import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  formatAuthors,
  formatReference,
  formatYear,
  groupByEvidence,
  type FormattedReference,
} from '@/lib/formatReference';
import { parseReferences, type Reference } from '@/lib/schemas';

const file = 'tests/fixtures/references/citations.json';
const records = parseReferences(file, JSON.parse(readFileSync(file, 'utf8')));
const record = (id: string) => records.find((r) => r.id === id)!;
/** The hover preview as one line, the way its three parts read on the page. */
const previewLine = ({ preview }: FormattedReference) =>
  [preview.lead, preview.title, preview.tail].filter(Boolean).join(' ');
const real = parseReferences(
  'content/references.json',
  JSON.parse(readFileSync('content/references.json', 'utf8')),
);

describe('formatReference', () => {
  it('formats a journal article: three authors then et al., title, journal, year;volume(issue):pages', () => {
    const ref = formatReference(record('dolotov2006bdnf'));
    expect(ref.authors).toBe('Dolotov O. V., Karpenko E. A., Inozemtseva L. S., et al.');
    expect(ref.title).toBe(
      'Semax, an analog of ACTH(4–10) with cognitive effects, regulates BDNF and trkB expression in the rat hippocampus.',
    );
    expect(ref.source).toBe('Brain Research. 2006;1117(1):54-60.');
    expect(ref.evidenceLabel).toBe('Animal study');
    expect(ref.links).toEqual([
      { kind: 'pubmed', href: 'https://pubmed.ncbi.nlm.nih.gov/16996037/', text: 'PubMed 16996037' },
      {
        kind: 'doi',
        href: 'https://doi.org/10.1016/j.brainres.2006.07.108',
        text: 'doi:10.1016/j.brainres.2006.07.108',
      },
    ]);
    expect(previewLine(ref)).toBe(
      'Dolotov et al. (2006). Semax, an analog of ACTH(4–10) with cognitive effects, regulates BDNF and trkB expression in the rat hippocampus. Brain Research. Animal study.',
    );
  });

  it('prints a record with no author and no date as such: title first, "n.d." and the kind "Website"', () => {
    const ref = formatReference(record('wikipedia_semax'));
    expect(ref.authors).toBeUndefined();
    expect(ref.text).toBe('Semax. Wikipedia (English), as mirrored by WikiMili and other mirrors. n.d.');
    expect(previewLine(ref)).toBe(
      'Semax (n.d.). Wikipedia (English), as mirrored by WikiMili and other mirrors. Website.',
    );
  });

  it('links the URL only when there is neither PMID nor DOI, and labels it with its host', () => {
    expect(formatReference(record('wikipedia_semax')).links).toEqual([
      { kind: 'url', href: 'https://wikimili.com/en/Semax', text: 'wikimili.com' },
    ]);
    expect(formatReference(record('kolomin2013review')).links.map((l) => l.kind)).toEqual(['doi']);
  });

  it('names an organisation once, as the author, even when it is also the publisher', () => {
    const ref = formatReference(record('wada_prohibited_list_2020'));
    expect(ref.authors).toBe('World Anti-Doping Agency.');
    expect(ref.source).toBe('2020.');
  });

  it('marks the language of a title written in another script, not of an English title of a Russian paper', () => {
    expect(formatReference(record('berdalin2012thesis')).titleLang).toBe('ru');
    const bracketed = real.find((r) => r.language === 'ru' && r.title.startsWith('['))!;
    expect(formatReference(bracketed).titleLang).toBeUndefined();
  });

  it('formats every real record with at least one link and no "undefined"', () => {
    for (const r of real) {
      const ref = formatReference(r);
      expect(ref.links.length, r.id).toBeGreaterThan(0);
      expect(`${ref.text} ${previewLine(ref)}`, r.id).not.toMatch(/undefined|\.\.|\s{2}/);
    }
  });
});

describe('formatAuthors and formatYear', () => {
  const people = (n: number): Reference['author'] =>
    Array.from({ length: n }, (_, i) => ({ family: `F${i + 1}`, given: 'A.' }));

  it('lists up to three authors in full and adds et al. after the third', () => {
    expect(formatAuthors(people(1))).toBe('F1 A.');
    expect(formatAuthors(people(3))).toBe('F1 A., F2 A., F3 A.');
    expect(formatAuthors(people(4))).toBe('F1 A., F2 A., F3 A., et al.');
    expect(formatAuthors([])).toBeUndefined();
    expect(formatAuthors(undefined)).toBeUndefined();
  });

  it('takes the year from the first date part and says n.d. without one', () => {
    expect(formatYear({ 'date-parts': [[2026, 4, 16]] })).toBe('2026');
    expect(formatYear(undefined)).toBe('n.d.');
  });
});

describe('groupByEvidence', () => {
  it('groups every real record once, human studies first, regulatory documents and websites last', () => {
    const groups = groupByEvidence(real);
    expect(groups.map((g) => g.kind)).toEqual([
      'human-trial',
      'human-observational',
      'review',
      'animal',
      'cell',
      'regulatory',
      'website',
    ]);
    expect(groups.map((g) => g.label)).toContain('Observational human studies');
    expect(groups.at(-1)!.label).toBe('Websites');
    expect(groups.flatMap((g) => g.references).length).toBe(real.length);
    for (const group of groups) {
      const texts = group.references.map((r) => r.reference.text);
      expect(texts).toEqual([...texts].sort((a, b) => a.localeCompare(b, 'en')));
    }
  });
});
