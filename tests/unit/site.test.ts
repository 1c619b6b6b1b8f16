import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseReferences } from '@/lib/schemas';
import { JSON_LD_SITE, SEMAX } from '@/site';

const references = new Map(
  parseReferences('content/references.json', JSON.parse(readFileSync('content/references.json', 'utf8'))).map(
    (r) => [r.id, r],
  ),
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

describe('SITE_URL', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });
  const load = async (value: string) => {
    vi.stubEnv('SITE_URL', value);
    vi.resetModules();
    return (await import('@/site')).SITE_URL;
  };

  it('is the origin given, without a trailing slash', async () => {
    expect(await load('https://semax.example.net/')).toBe('https://semax.example.net');
  });

  it('fails the build on a value with a path or without a scheme', async () => {
    await expect(load('https://user.github.io/semax')).rejects.toThrow(/SITE_URL must be an origin/);
    await expect(load('semax.example.net')).rejects.toThrow(/SITE_URL must be an origin/);
  });
});

describe('CONTACT_EMAIL', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });
  const load = async (value?: string) => {
    if (value !== undefined) vi.stubEnv('CONTACT_EMAIL', value);
    vi.resetModules();
    return (await import('@/site')).CONTACT_EMAIL;
  };

  it('is the address given at build time', async () => {
    expect(await load('errors@semax.example.net')).toBe('errors@semax.example.net');
  });

  it('defaults to a placeholder on the reserved example domain', async () => {
    vi.stubEnv('CONTACT_EMAIL', undefined);
    expect(await load()).toBe('corrections@semax.example.org');
  });

  it('fails the build on anything but one plain address', async () => {
    for (const bad of ['', 'corrections', 'a@b', 'Team <a@b.org>', 'a@b.org, c@d.org', 'a b@c.org']) {
      await expect(load(bad), bad).rejects.toThrow(/CONTACT_EMAIL must be one address/);
    }
  });
});
