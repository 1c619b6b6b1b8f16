import { describe, expect, it } from 'vitest';
import { readReviewDates } from '@/lib/readReviewDates';

describe('readReviewDates', () => {
  it('maps each section URL to its lastReviewed date, the overview at "/"', () => {
    const dates = readReviewDates('content/sections');
    expect([...dates.keys()].sort()).toEqual([
      '/',
      '/disclaimer/',
      '/mechanisms/',
      '/side-effects/',
      '/uses/',
    ]);
    for (const date of dates.values()) expect(date).toBeInstanceOf(Date);
  });

  it('fails on a section with bad frontmatter, naming the file', () => {
    expect(() => readReviewDates('tests/fixtures/sections')).toThrow(/tests\/fixtures\/sections\/\S+\.mdx: /);
  });
});
