import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReferences, parseSection } from '@/lib/schemas';
import { parseFrontmatter } from '@astrojs/markdown-remark';

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const frontmatterOf = (path: string) => parseFrontmatter(readFileSync(path, 'utf8')).frontmatter;

describe('section frontmatter schema', () => {
  it('accepts every real section file', () => {
    const files = readdirSync('content/sections').filter((f) => f.endsWith('.mdx'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const path = `content/sections/${file}`;
      expect(() => parseSection(path, frontmatterOf(path))).not.toThrow();
    }
  });

  it('rejects a section without a title, naming the file and the field', () => {
    const path = 'tests/fixtures/sections/missing-title.mdx';
    expect(() => parseSection(path, frontmatterOf(path))).toThrow(
      /tests\/fixtures\/sections\/missing-title\.mdx: title: /,
    );
  });

  it('rejects a 400-character description, naming the file and the field', () => {
    const path = 'tests/fixtures/sections/long-description.mdx';
    expect(frontmatterOf(path).description).toHaveLength(400);
    expect(() => parseSection(path, frontmatterOf(path))).toThrow(
      /long-description\.mdx: description: description must be at most 160 characters/,
    );
  });
});

describe('bibliography schema', () => {
  it('accepts the real bibliography', () => {
    const records = parseReferences('content/references.json', readJson('content/references.json'));
    expect(records.length).toBeGreaterThan(50);
  });

  it('rejects a reference with no PMID, DOI or URL, naming the file, the record and the field', () => {
    const path = 'tests/fixtures/references/no-identifier.json';
    expect(() => parseReferences(path, readJson(path))).toThrow(
      'tests/fixtures/references/no-identifier.json [smith2001nolink]: PMID: a reference needs a PMID, a DOI or a URL',
    );
  });

  it('rejects a duplicate reference id, naming the file and the id', () => {
    const path = 'tests/fixtures/references/duplicate-id.json';
    expect(() => parseReferences(path, readJson(path))).toThrow(
      'tests/fixtures/references/duplicate-id.json [jones2010twice]: id: duplicate reference id "jones2010twice"',
    );
  });
});
