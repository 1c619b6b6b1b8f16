#!/usr/bin/env node
/**
 * npm run readability [dist-folder] [--json]: per section and for the handout, the Flesch-Kincaid
 * grade, Flesch reading ease, mean sentence length and every sentence over 35 words, measured on the
 * built HTML (see scripts/lib/readability.mjs for what text counts). Prints; never fails: the limits
 * are enforced by tests/unit/readability.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractProse, measure, MEASURED_PAGES, MAX_GRADE, MAX_SENTENCE_WORDS } from './lib/readability.mjs';

const args = process.argv.slice(2);
const dist = args.find((a) => !a.startsWith('--')) ?? 'dist';
const asJson = args.includes('--json');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist}/index.html not found: run npm run build first (or pass the folder of a build).`);
  process.exit(1);
}

const rows = [];
for (const page of MEASURED_PAGES) {
  const file = join(dist, page.file);
  if (!existsSync(file)) {
    if (page.optional) continue;
    console.error(`${file} not found`);
    process.exit(1);
  }
  const prose = extractProse(readFileSync(file, 'utf8'));
  rows.push({ page: page.name, part: page.kind === 'handout' ? 'handout' : 'body', ...measure(prose.body) });
  if (prose.keyPoints.length) rows.push({ page: page.name, part: 'key points', ...measure(prose.keyPoints) });
}

if (asJson) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  console.log(
    `Readability of ${dist}/ (limits: body grade <= ${MAX_GRADE.body}, handout and key points <= ${MAX_GRADE.handout}, sentences <= ${MAX_SENTENCE_WORDS} words)\n`,
  );
  console.log(
    '| page | part | FK grade | reading ease | mean sentence (words) | sentences | over 35 words |',
  );
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    console.log(
      `| ${r.page} | ${r.part} | ${r.grade} | ${r.ease} | ${r.meanSentence} | ${r.sentences} | ${r.long.length} |`,
    );
  }
  const long = rows.flatMap((r) => r.long.map((l) => ({ page: r.page, ...l })));
  if (long.length) {
    console.log(`\nSentences over ${MAX_SENTENCE_WORDS} words:`);
    for (const l of long) console.log(`- ${l.page} (${l.words} words): ${l.sentence}`);
  }
}
