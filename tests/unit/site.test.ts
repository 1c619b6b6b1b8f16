import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReferences } from '@/lib/schemas';
import { JSON_LD_SITE, SEMAX } from '@/site';

const references = new Map(
  parseReferences('content/references.json', JSON.parse(readFileSync('content/references.json', 'utf8'))).map((r) => [r.id, r]),
);

describe('what structured data says about Semax is in the sources', () => {
  it('each alternate name is written so in the title of the record it names', () => {
    for (const { name, source } of SEMAX.alternateNames) {
      expect(references.get(source)?.title, `${source} is in content/references.json`).toContain(name);
    }
  });

  it('the legal status rests on regulatory records that say "not FDA-approved"', () => {
    for (const id of SEMAX.legalStatus.sources) {
      const record = references.get(id);
      expect(record, `${id} is in content/references.json`).toBeDefined();
      expect(record!.evidence).toBe('regulatory');
      expect(record!.claims).toContain(19);
      expect(`${record!.design} ${record!.note}`).toMatch(/Semax is not FDA-approved/);
    }
  });

  it('the JSON-LD site facts carry exactly those facts', () => {
    expect(JSON_LD_SITE.subject).toEqual({
      name: 'Semax',
      alternateNames: SEMAX.alternateNames.map(({ name }) => name),
      legalStatus: { name: SEMAX.legalStatus.name, country: SEMAX.legalStatus.country },
    });
    expect(JSON_LD_SITE.url).not.toMatch(/\/$/);
  });
});
