#!/usr/bin/env node
/**
 * `npm run references:sync`: takes a new edition of the editors' bibliography into the site.
 *
 *   npm run references:sync                      # from ../shared/sources/semax-references.json
 *   npm run references:sync -- --from FILE       # from another edition
 *   npm run references:sync -- --check           # write nothing; exit 1 if the site's copy differs
 *
 * The records of the edition replace those of content/references.json, keeping the fields the site
 * adds (population, participants...); the report lists what was added, changed or removed. A record
 * the site's schema rejects stops the sync with the file, record and field, and nothing is written.
 * Runs on plain Node 24 (type stripping loads the two TypeScript modules; no Astro, no build).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReferences } from '../src/lib/schemas.ts';
import { formatSyncReport, serializeReferences, syncReferences } from '../src/lib/syncReferences.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const from = path.resolve(root, option('--from') ?? '../shared/sources/semax-references.json');
const to = path.resolve(root, option('--to') ?? 'content/references.json');
const check = args.includes('--check');
const rel = (file) => path.relative(process.cwd(), file) || file;

try {
  const [editionText, currentText] = await Promise.all([readFile(from, 'utf8'), readFile(to, 'utf8')]);
  const result = syncReferences({
    edition: JSON.parse(editionText),
    editionFile: rel(from),
    current: JSON.parse(currentText),
    currentFile: rel(to),
    validate: parseReferences,
  });
  const next = serializeReferences(result.records);
  console.log(`${rel(from)} -> ${rel(to)}`);
  console.log(formatSyncReport(result));
  if (check) {
    if (next !== currentText) {
      console.error(`${rel(to)} differs from the edition: run npm run references:sync`);
      process.exit(1);
    }
    console.log(`${rel(to)} agrees with the edition.`);
  } else if (next !== currentText) {
    await writeFile(to, next);
    console.log(`Wrote ${rel(to)}.`);
  } else {
    console.log(`${rel(to)} already agrees with the edition; nothing written.`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
