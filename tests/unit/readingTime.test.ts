import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countWords, estimateReadingMinutes, mdxToPlainText, WORDS_PER_MINUTE } from '@/lib/readingTime';

describe('reading time', () => {
  it('counts the words a reader reads, not the MDX around them', () => {
    const mdx = [
      "import Callout from '@/components/mdx/Callout.astro';",
      '',
      '## Long-term use {/* #long-term */}',
      '',
      'No trial lasted a year [@smith2001; @jones2010]. See [the review](https://example.org/review).',
      '',
      '<Callout type="note">Ask a doctor first.</Callout>',
      '',
      '| Dose | Route |',
      '| --- | --- |',
      '| 0.1% | nasal |',
    ].join('\n');
    expect(mdxToPlainText(mdx)).not.toMatch(/import|smith2001|https|Callout|#long-term/);
    // Long-term use (2) + No trial lasted a year. See the review. (8) + Ask a doctor first. (4)
    // + Dose Route 0.1% nasal (4)
    expect(countWords(mdx)).toBe(18);
  });

  it('rounds up to whole minutes and never says 0', () => {
    expect(estimateReadingMinutes('')).toBe(1);
    expect(estimateReadingMinutes('word '.repeat(WORDS_PER_MINUTE))).toBe(1);
    expect(estimateReadingMinutes('word '.repeat(WORDS_PER_MINUTE + 1))).toBe(2);
    expect(estimateReadingMinutes('word '.repeat(1000), 250)).toBe(4);
  });

  it('ignores frontmatter when given a whole file', () => {
    const file = readFileSync('tests/fixtures/sections/missing-title.mdx', 'utf8');
    expect(mdxToPlainText(file)).not.toContain('headTitle');
  });
});
