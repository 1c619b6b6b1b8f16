import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { changesByDay, checkChanges, sectionAnchors, type ChangeEntry } from '@/lib/changes';
import { changeSchema, formatIssues } from '@/lib/schemas';

const SECTIONS = [
  { id: 'uses', claimAnchors: new Set(['claim-abcdefg', 'claim-12']) },
  { id: 'mechanisms', claimAnchors: new Set(['claim-hijklmn']) },
];
const entry = (over: Partial<ChangeEntry>): ChangeEntry => ({
  id: 'x',
  file: 'content/changes/x.md',
  date: new Date('2026-12-03'),
  title: 'A change to the uses page',
  sections: ['uses'],
  claims: [],
  ...over,
});

describe('changes log', () => {
  it('rejects an entry without a date, naming the file and the field', () => {
    const file = 'tests/fixtures/changes/no-date.md';
    const frontmatter = parse(readFileSync(file, 'utf8').split('---')[1]!);
    const result = changeSchema.safeParse(frontmatter);
    expect(result.success).toBe(false);
    expect(formatIssues(file, result.error!)).toContain(`${file}: date: date is required (YYYY-MM-DD)`);
  });

  it('rejects a claim written as anything but section#claim-id', () => {
    const result = changeSchema.safeParse({
      date: '2026-12-03',
      title: 'A change to a claim',
      sections: ['uses'],
      claims: ['claim-1'],
    });
    expect(result.success).toBe(false);
  });

  it('fails on an unknown section, naming the file', () => {
    expect(() => checkChanges([entry({ sections: ['usess'] })], SECTIONS)).toThrow(
      'content/changes/x.md: sections: unknown section "usess"',
    );
  });

  it('fails on a claim that does not exist, naming the file and the claim', () => {
    expect(() => checkChanges([entry({ claims: ['uses#claim-zzzzzzz'] })], SECTIONS)).toThrow(
      'content/changes/x.md: claims: "uses#claim-zzzzzzz" is not a cited paragraph of uses',
    );
    expect(() => checkChanges([entry({ claims: ['mechanisms#claim-hijklmn'] })], SECTIONS)).toThrow(
      /is in mechanisms, which is not listed in sections/,
    );
  });

  it('accepts current claim ids and aliases, and orders entries newest first', () => {
    const older = entry({ id: 'a', date: new Date('2026-11-25'), claims: ['uses#claim-12'] });
    const newer = entry({ id: 'b', claims: ['uses#claim-abcdefg'] });
    expect(checkChanges([older, newer], SECTIONS).map((e) => e.id)).toEqual(['b', 'a']);
  });

  it('resolves old numbered claim-N ids and aliases of reworded paragraphs to the paragraph now', () => {
    const uses = sectionAnchors('uses', ['claim-abcdefg', 'claim-hijklmn'], {
      'claim-1': 'claim-abcdefg',
      'claim-oldhash': 'claim-hijklmn',
      // A heading alias is no claim anchor.
      unknown: 'unknowns',
    });
    expect([...uses.claimAnchors].sort()).toEqual([
      'claim-1',
      'claim-abcdefg',
      'claim-hijklmn',
      'claim-oldhash',
    ]);
    expect(uses.current.get('claim-1')).toBe('claim-abcdefg');
    expect(uses.current.get('claim-oldhash')).toBe('claim-hijklmn');
    const entries = [entry({ claims: ['uses#claim-1', 'uses#claim-oldhash', 'uses#claim-abcdefg'] })];
    expect(checkChanges(entries, [uses])).toHaveLength(1);
    expect(() => checkChanges([entry({ claims: ['uses#claim-2'] })], [uses])).toThrow(
      'content/changes/x.md: claims: "uses#claim-2" is not a cited paragraph of uses',
    );
  });

  it('lists every problem of every entry in one error, each line naming its file', () => {
    const bad = [
      entry({ file: 'content/changes/a.md', sections: ['nope'] }),
      entry({ file: 'content/changes/b.md', claims: ['uses#claim-zzzzzzz'] }),
    ];
    expect(() => checkChanges(bad, SECTIONS)).toThrow(
      /^content\/changes\/a\.md: sections: .*\ncontent\/changes\/b\.md: claims: /,
    );
  });

  it('groups entries by day for the "Updated" line, newest day first, order kept within a day', () => {
    const days = changesByDay([
      entry({ id: 'b', date: new Date('2026-12-03') }),
      entry({ id: 'a', date: new Date('2026-11-25') }),
      entry({ id: 'c', date: new Date('2026-12-03') }),
    ]);
    expect(days.map((d) => [d.day, d.entries.map((e) => e.id)])).toEqual([
      ['2026-12-03', ['b', 'c']],
      ['2026-11-25', ['a']],
    ]);
  });

  it('the real log is sound: every file passes the schema', () => {
    // The cross-check against the compiled article runs in the build (src/lib/getChanges.ts).
    const files = readdirSync('content/changes').filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const frontmatter = parse(readFileSync(`content/changes/${f}`, 'utf8').split('---')[1]!);
      expect(changeSchema.safeParse(frontmatter).success, f).toBe(true);
    }
  });
});
