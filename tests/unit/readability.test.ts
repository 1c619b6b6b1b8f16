/**
 * The readability measure (scripts/lib/readability.mjs) on a fixture page: it reads only the prose
 * a reader meets in <main>, keeps the key points apart, and reports the sentences over the limit.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractProse, measure, MAX_SENTENCE_WORDS } from '../../scripts/lib/readability.mjs';

const html = readFileSync('tests/fixtures/readability/page.html', 'utf8');

describe('extractProse', () => {
  const prose = extractProse(html);
  const body = prose.body.join('\n');

  it('keeps the prose blocks and drops citation markers, their previews and glossary definitions', () => {
    expect(prose.body[0]).toBe('The cat sat on the mat. It was a cat.');
    expect(body).not.toMatch(/polysyllabic|definitional/);
  });

  it('leaves out headings, navigation, the contents list, tables, references and what is outside <main>', () => {
    expect(body).not.toMatch(
      /heading that is not|navigation|contents entry|tabular|bibliographical|Footer|notProse|reviewed/,
    );
  });

  it('reads nested list items once each', () => {
    expect(prose.body).toContain('A list item that is one sentence.');
    expect(prose.body).toContain('Outer item.');
    expect(prose.body).toContain('Inner item.');
  });

  it('measures the key-points block apart from the body', () => {
    expect(prose.keyPoints).toEqual(['Semax was tested in rats.', 'One small study had 24 people.']);
    expect(body).not.toMatch(/24 people/);
  });
});

describe('measure', () => {
  it('gives the Flesch-Kincaid grade, reading ease and mean sentence length of plain text', () => {
    const plain = measure(['The cat sat on the mat. The dog ran to the park.']);
    expect(plain.sentences).toBe(2);
    expect(plain.meanSentence).toBe(6);
    expect(plain.grade).toBeLessThan(2);
    expect(plain.ease).toBeGreaterThan(100);
  });

  it('grades dense text higher than plain text', () => {
    const dense = measure([
      'Pharmacokinetic characterization demonstrated considerable interindividual variability in neuropeptide bioavailability.',
    ]);
    expect(dense.grade).toBeGreaterThan(16);
  });

  it(`lists every sentence over ${MAX_SENTENCE_WORDS} words`, () => {
    const { long } = measure(extractProse(html).body);
    expect(long).toHaveLength(1);
    expect(long[0]!.sentence).toMatch(/^One two three/);
    expect(long[0]!.words).toBeGreaterThan(MAX_SENTENCE_WORDS);
  });
});
