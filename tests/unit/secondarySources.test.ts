/**
 * Records the editors mark `verification: secondary` are known from PubMed-derived lists or
 * secondary copies only, so the article must say so wherever it cites them: every paragraph or
 * list item citing one says that the abstract or document was not read (or that only its title or
 * a summary was seen).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { parseReferences } from '@/lib/schemas';

const records = parseReferences(
  'content/references.json',
  JSON.parse(readFileSync('content/references.json', 'utf8')),
);
const secondary = new Set(records.filter((r) => r.verification === 'secondary').map((r) => r.id));
const files = [
  ...readdirSync('content/sections').map((f) => `content/sections/${f}`),
  ...readdirSync('content/pages').map((f) => `content/pages/${f}`),
].filter((f) => f.endsWith('.mdx'));

/** Words that tell the reader the source itself was not read. */
const SAYS_NOT_READ =
  /not read|did not read|did not see|not seen|only (?:its|their) titles?|known? (?:it |this |them )?only|s(?:aw|een) (?:it |them )?only|one-line summary|secondary (?:sources|summaries|copies|note)|reported (?:to|only)|reportedly|seller's copy|summary of the abstract|from a quotation/i;

/** Paragraphs and list items of an MDX body. */
const blocks = (body: string) =>
  body
    .split(/\n\s*\n|\n(?=- )/)
    .filter((chunk) => chunk.trim())
    .map((text) => ({ text: text.trim() }));

describe('secondary records are cited as such', () => {
  it('there are secondary records, and the article cites them', () => {
    expect(secondary.size).toBeGreaterThanOrEqual(10);
  });

  it('every paragraph citing a secondary record says that the source was not read', () => {
    const problems: string[] = [];
    let citing = 0;
    for (const file of files) {
      const { content } = parseFrontmatter(readFileSync(file, 'utf8'));
      let lead = '';
      for (const { text } of blocks(content)) {
        const item = /^\s*- /.test(text);
        // A list item may rely on the paragraph that introduces its list ("from a seller's copy: ...").
        const context = item ? `${lead} ${text}` : text;
        if (!item) lead = text;
        const keys = [...text.matchAll(/@([a-z0-9_-]+)/gi)].map((m) => m[1]!).filter((k) => secondary.has(k));
        if (!keys.length) continue;
        citing += 1;
        if (!SAYS_NOT_READ.test(context))
          problems.push(
            `${file}: cites ${keys.join(', ')} without saying it was not read: "${text.trim().slice(0, 90)}…"`,
          );
      }
    }
    expect(citing).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });
});
