/**
 * Readability limits of issue 17, on the built pages (the text readers see; what counts is set out
 * in scripts/lib/readability.mjs): a section's body at Flesch-Kincaid grade 10 or lower, the handout
 * and every key-points block at 8 or lower, no sentence over 35 words.
 *
 * tests/readability-pending.json lists the text written before these limits that is still to be
 * rewritten (it waits for the second edition of the evidence text). It can only shrink: a page may
 * not grade worse than its entry, an unlisted long sentence fails, and a listed one that is gone
 * fails until its entry is removed.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  extractProse,
  measure,
  MAX_GRADE,
  MAX_SENTENCE_WORDS,
  MEASURED_PAGES,
} from '../../scripts/lib/readability.mjs';
import pending from '../readability-pending.json';
import { DIST, distFile } from './dist';

const pendingGrades: Record<string, number> = pending.grades;
// Typed here: once every entry is gone, JSON inference would make the empty list never[].
const pendingLong: { page: string; startsWith: string }[] = pending.longSentences;
const pages = MEASURED_PAGES.filter((p) => !p.optional || existsSync(join(DIST, p.file))).map((page) => {
  const prose = extractProse(distFile(page.file));
  return {
    ...page,
    body: measure(prose.body),
    keyPoints: prose.keyPoints.length ? measure(prose.keyPoints) : undefined,
  };
});
const HOW = 'Run "npm run readability" to see the figures and the long sentences.';

describe('readability of the built pages', () => {
  for (const page of pages) {
    const limit = page.kind === 'handout' ? MAX_GRADE.handout : MAX_GRADE.body;
    it(`${page.name}: body at grade ${limit} or lower`, () => {
      const allowed = Math.max(limit, pendingGrades[page.name] ?? limit);
      expect(
        page.body.grade,
        `${page.file}: Flesch-Kincaid grade ${page.body.grade} > ${allowed}. ${HOW}`,
      ).toBeLessThanOrEqual(allowed);
      expect(page.body.sentences, `${page.file}: no prose found`).toBeGreaterThan(5);
    });
    if (page.keyPoints) {
      const kp = page.keyPoints;
      it(`${page.name}: key points at grade ${MAX_GRADE.keyPoints} or lower`, () => {
        expect(kp.grade, `${page.file}: key points at grade ${kp.grade}. ${HOW}`).toBeLessThanOrEqual(
          MAX_GRADE.keyPoints,
        );
        expect(kp.long).toEqual([]);
      });
    }
  }

  it(`no sentence over ${MAX_SENTENCE_WORDS} words except those still listed as pending`, () => {
    const long = pages.flatMap((p) => p.body.long.map((l) => ({ page: p.name, ...l })));
    const listed = (l: { page: string; sentence: string }) =>
      pendingLong.some((e) => e.page === l.page && l.sentence.startsWith(e.startsWith));
    const unlisted = long.filter((l) => !listed(l)).map((l) => `${l.page} (${l.words} words): ${l.sentence}`);
    expect(unlisted, `sentences over ${MAX_SENTENCE_WORDS} words: shorten them`).toEqual([]);
    const gone = pendingLong.filter(
      (e) => !long.some((l) => l.page === e.page && l.sentence.startsWith(e.startsWith)),
    );
    expect(gone, 'rewritten: remove these entries from tests/readability-pending.json').toEqual([]);
  });

  it('a pending grade entry is removed once its page meets the limit', () => {
    for (const [name, grade] of Object.entries(pendingGrades)) {
      const page = pages.find((p) => p.name === name);
      expect(page, `tests/readability-pending.json names an unknown page ${name}`).toBeDefined();
      const limit = page!.kind === 'handout' ? MAX_GRADE.handout : MAX_GRADE.body;
      expect(
        page!.body.grade,
        `${name} now meets grade ${limit}: remove its entry (was ${grade})`,
      ).toBeGreaterThan(limit);
    }
  });
});
