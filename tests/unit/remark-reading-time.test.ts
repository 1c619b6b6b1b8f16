import { describe, expect, it } from 'vitest';
import { readingMinutes, WORDS_PER_MINUTE } from '@/plugins/remark-reading-time';
import { compileMdx } from './renderMdx';

describe('remark-reading-time', () => {
  it('counts the words a reader reads, not the MDX around them', async () => {
    const mdx = [
      "import Callout from '@/components/mdx/Callout.astro';",
      '',
      '## Long-term use {/* #long-term */}',
      '',
      'No trial lasted a year [@dolotov2006bdnf; @kolomin2013review]. See [the review](https://example.org/review).',
      '',
      '<Callout type="note">Ask a doctor first.</Callout>',
      '',
      '| Dose | Route |',
      '| --- | --- |',
      '| 0.1% | nasal |',
      '',
      '```',
      'code is not read',
      '```',
    ].join('\n');
    // Long-term use (2) + No trial lasted a year. See the review. (8) + Ask a doctor first. (4)
    // + Dose Route 0.1% nasal (4) = 18 words: one minute.
    const long = `${mdx}\n\n${'word '.repeat(WORDS_PER_MINUTE - 18)}`;
    expect((await compileMdx(long)).frontmatter.minutesRead).toBe(1);
    expect((await compileMdx(`${long} one more`)).frontmatter.minutesRead).toBe(2);
  });

  it('rounds up to whole minutes and never says 0', async () => {
    expect((await compileMdx('')).frontmatter.minutesRead).toBe(1);
    expect(readingMinutes(WORDS_PER_MINUTE)).toBe(1);
    expect(readingMinutes(WORDS_PER_MINUTE + 1)).toBe(2);
    expect(readingMinutes(1000, 250)).toBe(4);
  });
});
