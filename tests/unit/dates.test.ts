import { describe, expect, it } from 'vitest';
import { isoDay, longDay } from '@/lib/dates';
import { documentTitle, MAX_TITLE_LENGTH, SITE } from '@/site';

describe('dates', () => {
  it('write a day at midnight UTC as its ISO day and in long English, in UTC', () => {
    const day = new Date('2026-11-25T00:00:00.000Z');
    expect(isoDay(day)).toBe('2026-11-25');
    expect(longDay(day)).toBe('25 November 2026');
    // The first of a month stays the first: a local time zone west of Greenwich would print 31 December.
    expect(longDay(new Date('2027-01-01T00:00:00.000Z'))).toBe('1 January 2027');
  });
});

describe('documentTitle', () => {
  it('adds the site name where both fit in the length a results page shows', () => {
    expect(documentTitle('Glossary of terms')).toBe(`Glossary of terms | ${SITE.name}`);
  });

  it('leaves a title that already names the site, or that would grow too long, as it is', () => {
    expect(documentTitle(`Search the ${SITE.name}`)).toBe(`Search the ${SITE.name}`);
    const long = 'Semax evidence explorer: every claim and its source';
    expect(`${long} | ${SITE.name}`.length).toBeGreaterThan(MAX_TITLE_LENGTH);
    expect(documentTitle(long)).toBe(long);
  });
});
