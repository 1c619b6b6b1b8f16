import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReferences } from '@/lib/schemas';
import { serializeReferences, syncReferences, type RawRecord } from '@/lib/syncReferences';

const fixtures = 'tests/fixtures/sync';
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const sync = (editionFile: string, currentFile = `${fixtures}/current.json`) =>
  syncReferences({
    edition: readJson(editionFile),
    editionFile,
    current: readJson(currentFile),
    currentFile,
    validate: parseReferences,
  });

describe('syncReferences on a fixture edition', () => {
  it('reports the record added, the one changed (with its fields) and the one removed', () => {
    const result = sync(`${fixtures}/edition.json`);
    expect(result.added).toEqual(['added2024page']);
    expect(result.changed).toEqual([{ id: 'changed2002study', fields: ['DOI', 'note'] }]);
    expect(result.removed).toEqual(['dropped2003study']);
    expect(result.unchanged).toBe(1);
    expect(result.lostProjectFields).toEqual(['dropped2003study']);
  });

  it("takes the editors' fields from the edition and keeps the site's own fields", () => {
    const byId = new Map(sync(`${fixtures}/edition.json`).records.map((r) => [r.id, r]));
    expect(byId.get('kept2001study')).toMatchObject({
      population: 'stroke patients',
      participants: 40,
      participantsTreated: 20,
    });
    expect(byId.get('changed2002study')).toMatchObject({
      note: 'Public text: the abstract was read on PubMed.',
      DOI: '10.1000/changed',
      population: 'rats',
    });
    expect(byId.get('added2024page')).not.toHaveProperty('population');
    expect([...byId.keys()]).toEqual(['kept2001study', 'changed2002study', 'added2024page']);
  });

  it('accepts the kind "website" and a record without authors or date', () => {
    const added = sync(`${fixtures}/edition.json`).records.find((r) => r.id === 'added2024page');
    expect(added).toMatchObject({ evidence: 'website' });
    expect(added).not.toHaveProperty('author');
    expect(added).not.toHaveProperty('issued');
  });

  it('fails on a record the schema rejects, naming the edition file, the record and the field', () => {
    expect(() => sync(`${fixtures}/edition-invalid.json`)).toThrow(
      /^tests\/fixtures\/sync\/edition-invalid\.json \[invalid2025record\]: evidence: Invalid option/,
    );
  });

  it("fails when the edition carries one of the site's own fields", () => {
    const edition: RawRecord[] = readJson(`${fixtures}/edition.json`);
    edition[0]!.participants = 12;
    expect(() =>
      syncReferences({
        edition,
        editionFile: 'edition.json',
        current: readJson(`${fixtures}/current.json`),
        currentFile: 'current.json',
        validate: parseReferences,
      }),
    ).toThrow(/edition\.json: kept2001study\.participants: these fields belong to the site/);
  });
});

describe('npm run references:sync (the script, on plain Node)', () => {
  const script = 'scripts/sync-references.mjs';
  const copyOfCurrent = () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'sync-')), 'references.json');
    copyFileSync(`${fixtures}/current.json`, file);
    return file;
  };

  it('writes the merged file and prints the report', () => {
    const to = copyOfCurrent();
    const out = execFileSync(process.execPath, [script, '--from', `${fixtures}/edition.json`, '--to', to], {
      encoding: 'utf8',
    });
    expect(out).toContain('3 records: 1 added, 1 changed, 1 removed, 1 unchanged.');
    expect(out).toMatch(/added {4}added2024page/);
    expect(out).toMatch(/changed {2}changed2002study \(DOI, note\)/);
    expect(out).toMatch(/removed {2}dropped2003study/);
    const written = readFileSync(to, 'utf8');
    expect(written).toBe(serializeReferences(sync(`${fixtures}/edition.json`).records));
  });

  it('exits 1 on the invalid edition and leaves the file untouched', () => {
    const to = copyOfCurrent();
    const run = spawnSync(
      process.execPath,
      [script, '--from', `${fixtures}/edition-invalid.json`, '--to', to],
      {
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/\[invalid2025record\]: evidence:/);
    expect(readFileSync(to, 'utf8')).toBe(readFileSync(`${fixtures}/current.json`, 'utf8'));
  });

  it('--check exits 1 when the copy differs and writes nothing', () => {
    const to = copyOfCurrent();
    const run = spawnSync(
      process.execPath,
      [script, '--from', `${fixtures}/edition.json`, '--to', to, '--check'],
      {
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(1);
    expect(readFileSync(to, 'utf8')).toBe(readFileSync(`${fixtures}/current.json`, 'utf8'));
  });
});

/*
 * The editors' file lives next to the repository (../shared from the checkout), not in it, so a
 * fresh clone elsewhere (CI) does not have it: there the test is skipped and says why.
 */
const shared = path.resolve('../shared/sources/semax-references.json');
if (!existsSync(shared))
  console.warn(`Skipping the agreement test: ${shared} not found next to this checkout.`);
describe.skipIf(!existsSync(shared))(
  `content/references.json and the editors' edition (${existsSync(shared) ? shared : `skipped: ${shared} not found next to this checkout`})`,
  () => {
    it('agree: syncing would change nothing', () => {
      const result = syncReferences({
        edition: readJson(shared),
        editionFile: shared,
        current: readJson('content/references.json'),
        currentFile: 'content/references.json',
        validate: parseReferences,
      });
      expect({ added: result.added, changed: result.changed, removed: result.removed }).toEqual({
        added: [],
        changed: [],
        removed: [],
      });
      expect(serializeReferences(result.records)).toBe(readFileSync('content/references.json', 'utf8'));
    });
  },
);
