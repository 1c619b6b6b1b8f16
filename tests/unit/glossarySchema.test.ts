import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGlossary } from '@/lib/schemas';

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

describe('glossary schema', () => {
  it('accepts the real glossary, with at least the terms the article relies on', () => {
    const entries = parseGlossary('content/glossary.json', readJson('content/glossary.json'));
    expect(entries.map((e) => e.id)).toEqual(expect.arrayContaining(['acth', 'bdnf', 'peptide', 'placebo']));
  });

  it('rejects a duplicate id, naming the file and the id', () => {
    const path = 'tests/fixtures/glossary/duplicate-id.json';
    expect(() => parseGlossary(path, readJson(path))).toThrow(
      'tests/fixtures/glossary/duplicate-id.json [placebo]: id: duplicate glossary id "placebo"',
    );
  });

  it('rejects a definition over 220 characters, naming the record and the field', () => {
    const path = 'tests/fixtures/glossary/long-definition.json';
    expect(readJson(path)[0].definition.length).toBeGreaterThan(220);
    expect(() => parseGlossary(path, readJson(path))).toThrow(
      'tests/fixtures/glossary/long-definition.json [placebo]: definition: definition must be at most 220 characters',
    );
  });

  it('rejects a word claimed by two terms, whatever its case', () => {
    const path = 'tests/fixtures/glossary/shared-alias.json';
    expect(() => parseGlossary(path, readJson(path))).toThrow(
      'tests/fixtures/glossary/shared-alias.json [crh]: aliases: "Corticotropin" is already a term or alias of "acth"',
    );
  });

  it('rejects an id that is not a short lower-case anchor', () => {
    expect(() =>
      parseGlossary('inline', [{ id: 'BDNF', term: 'BDNF', definition: 'A protein made in the brain.' }]),
    ).toThrow(/inline \[BDNF\]: id: must be lower-case words joined by hyphens/);
  });
});
