/**
 * Bad content is rejected before it is published, with a message that names the file and the line:
 * the checks of src/lib/contentFiles.ts (bytes and text) and the stricter fields of the schemas.
 * Each bad file is written to a temporary content folder, because several of them (invalid UTF-8,
 * broken JSON) cannot be committed past Prettier.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { checkContentFiles, decodeUtf8, parseJson, readJsonFile } from '@/lib/contentFiles';
import { parseReferences, parseSection, reviewDateProblem } from '@/lib/schemas';

const TODAY = '2026-12-03';
const realUses = readFileSync('content/sections/uses.mdx', 'utf8');

/** A content folder with the real sections and JSON files, then `changes` written over them. */
function contentWith(changes: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'content-'));
  mkdirSync(join(root, 'sections'));
  for (const name of ['overview', 'mechanisms', 'uses', 'side-effects', 'disclaimer']) {
    writeFileSync(join(root, 'sections', `${name}.mdx`), readFileSync(`content/sections/${name}.mdx`));
  }
  writeFileSync(join(root, 'glossary.json'), readFileSync('content/glossary.json'));
  for (const [file, text] of Object.entries(changes)) writeFileSync(join(root, file), text);
  return root;
}

const check = (root: string) => () => checkContentFiles(root, TODAY);

describe('content files as written', () => {
  it('accepts the real content folder', () => {
    expect(() => checkContentFiles('content')).not.toThrow();
  });

  it('rejects a review date that is not a day of the calendar, with file and line', () => {
    const root = contentWith({
      'sections/uses.mdx': realUses.replace(/^lastReviewed: .*$/m, 'lastReviewed: 2026-02-30'),
    });
    expect(check(root)).toThrow(
      /sections\/uses\.mdx:7: lastReviewed: 2026-02-30 is not a day of the calendar/,
    );
  });

  it('rejects a review date in the future', () => {
    const root = contentWith({
      'sections/uses.mdx': realUses.replace(/^lastReviewed: .*$/m, "lastReviewed: '2099-01-01'"),
    });
    expect(check(root)).toThrow(/uses\.mdx:7: lastReviewed: 2099-01-01 is in the future/);
  });

  it('rejects two sections with the same order, naming both files', () => {
    const root = contentWith({ 'sections/uses.mdx': realUses.replace(/^order: .*$/m, 'order: 2') });
    expect(check(root)).toThrow(
      /sections\/mechanisms\.mdx:5 and .*sections\/uses\.mdx:5: order: 2 is given to 2 sections/,
    );
  });

  it('rejects invalid UTF-8 in an MDX file with the file, line and column', () => {
    const bytes = Buffer.concat([Buffer.from('---\ntitle: x\n---\n\nBad byte: '), Buffer.from([0xff])]);
    const root = contentWith({ 'sections/uses.mdx': bytes });
    expect(check(root)).toThrow(/sections\/uses\.mdx:5:11: not valid UTF-8/);
    expect(() => decodeUtf8('x.mdx', Buffer.from([0x61, 0x0a, 0x62, 0xc3]))).toThrow(/^x\.mdx:2:2: /);
  });

  it('rejects a JSON syntax error with the file, line and column', () => {
    const root = contentWith({ 'glossary.json': '[\n  { "id": "a" }\n  { "id": "b" }\n]\n' });
    expect(check(root)).toThrow(/glossary\.json:3:3: invalid JSON: Expected ',' or ']'/);
    expect(() => parseJson('content/references.json', '{"a": 1,}')).toThrow(
      /^content\/references\.json:1:9: invalid JSON/,
    );
    const path = join(contentWith({}), 'glossary.json');
    expect(readJsonFile(path, 'content/glossary.json')).toEqual(
      JSON.parse(readFileSync('content/glossary.json', 'utf8')),
    );
  });
});

describe('review dates in the schema', () => {
  // The frontmatter as Astro's content layer reads it (an unquoted date is a Date object).
  const section = parseFrontmatter(realUses).frontmatter as Record<string, unknown>;
  it('reads a YAML date as the same day', () => {
    expect(parseSection('uses.mdx', section).lastReviewed.toISOString()).toMatch(/^\d{4}-\d\d-\d\dT00:00/);
  });
  it('says a missing date is required (not "expected date, received Date")', () => {
    const rest = { ...section };
    delete rest.lastReviewed;
    expect(() => parseSection('uses.mdx', rest)).toThrow(/uses\.mdx: lastReviewed: is required: the day/);
    expect(() => parseSection('uses.mdx', { ...section, lastReviewed: 'last week' })).toThrow(
      /lastReviewed: must be a date written YYYY-MM-DD/,
    );
  });
  it('checks the calendar and the clock', () => {
    expect(reviewDateProblem('2026-11-25', TODAY)).toBeNull();
    expect(reviewDateProblem('2024-02-29', TODAY)).toBeNull();
    expect(reviewDateProblem('2026-12-04', TODAY)).toBeNull(); // a time zone ahead of UTC
    expect(reviewDateProblem('2025-02-29', TODAY)).toMatch(/not a day of the calendar/);
    expect(reviewDateProblem('2026-12-05', TODAY)).toMatch(/in the future/);
    expect(reviewDateProblem('25/11/2026', TODAY)).toMatch(/YYYY-MM-DD/);
  });
});

describe('identifiers and addresses of the bibliography', () => {
  const records = JSON.parse(readFileSync('content/references.json', 'utf8')) as Record<string, unknown>[];
  const withDoi = records.find((record) => record.DOI)!;
  const withUrl = records.find((record) => record.URL)!;
  const parseOne = (record: Record<string, unknown>) => () => parseReferences('refs.json', [record]);

  it('rejects a DOI that is not 10.NNNN/suffix', () => {
    expect(parseOne(withDoi)).not.toThrow();
    for (const DOI of ['10.x', '10.12/abc', 'https://doi.org/10.1007/x', '10.1007']) {
      expect(parseOne({ ...withDoi, DOI }), DOI).toThrow(/DOI: DOI must be "10.", a registrant code/);
    }
  });
  it('rejects a PMID that is not digits', () => {
    expect(parseOne({ ...withDoi, PMID: 'PMC123' })).toThrow(/PMID: PMID must be digits only/);
  });
  it('accepts https and http addresses only', () => {
    expect(parseOne({ ...withUrl, URL: 'http://example.org/record' })).not.toThrow();
    for (const URL of ['javascript:alert(1)', 'data:text/html,x', 'ftp://example.org/x', 'https://x']) {
      expect(parseOne({ ...withUrl, URL }), URL).toThrow(/URL: URL must be an absolute https:\/\//);
    }
  });
});
