import { describe, expect, it } from 'vitest';
import { buildClaimRows, sourceIndependence } from '@/lib/evidenceExplorer';
import type { Reference } from '@/lib/schemas';

const ref = (id: string, evidence: Reference['evidence'], extra: Partial<Reference> = {}): Reference => ({
  id,
  type: 'article-journal',
  title: `Fixture ${id}`,
  PMID: '1',
  evidence,
  design: 'Fixture design text.',
  claims: [1],
  developerNetwork: 'yes',
  ...extra,
});

const REFS = [
  ref('rat', 'animal', { population: 'rats' }),
  ref('trial', 'human-trial', {
    population: 'patients after stroke',
    participants: 110,
    developerNetwork: 'no',
  }),
  ref('series', 'human-observational', { population: 'patients after stroke', participants: 48 }),
  ref('law', 'regulatory', { developerNetwork: 'unknown' }),
];

const SECTION = {
  id: 'uses',
  title: 'Uses',
  path: '/uses/',
  // What remark-claim-anchors publishes for such a section (tests/unit/remark-claim-anchors.test.ts).
  sentences: [
    { text: 'In rats it helped.', keys: ['rat'], anchor: 'claim-1' },
    {
      text: 'In patients it was tried twice.',
      keys: ['trial', 'series', 'rat'],
      anchor: 'claim-1',
    },
    { text: 'It is not approved.', keys: ['law'], anchor: 'claim-2' },
  ],
};

describe('evidence explorer rows', () => {
  const rows = buildClaimRows([SECTION], REFS);

  it('makes one row per cited sentence, linked to its paragraph', () => {
    expect(rows.map((r) => [r.text, r.href])).toEqual([
      ['In rats it helped.', '/uses/#claim-1'],
      ['In patients it was tried twice.', '/uses/#claim-1'],
      ['It is not approved.', '/uses/#claim-2'],
    ]);
  });

  it('takes the strongest kind of evidence, the populations and the human participants from the records', () => {
    expect(rows[0]).toMatchObject({
      kind: 'animal',
      level: 'animal',
      populations: ['rats'],
      participants: null,
    });
    expect(rows[1]).toMatchObject({
      kind: 'human-trial',
      level: 'human',
      populations: ['patients after stroke', 'rats'],
      participants: 158,
    });
    expect(rows[2]).toMatchObject({ kind: 'regulatory', level: 'regulatory' });
  });

  it('counts developer-network and independent studies, leaving out regulatory documents', () => {
    expect(sourceIndependence(rows)).toEqual({ developer: 2, independent: 1, unknown: 0, total: 3 });
  });

  it('fails on an unknown key, naming the section file and the key', () => {
    expect(() =>
      buildClaimRows(
        [{ ...SECTION, sentences: [{ text: 'A claim.', keys: ['nosuch'], anchor: 'claim-1' }] }],
        REFS,
      ),
    ).toThrow('content/sections/uses.mdx: unknown citation key "nosuch"');
  });
});
