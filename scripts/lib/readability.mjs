/**
 * Readability of the text readers see, measured on the BUILT HTML (dist/), not on the MDX: what the
 * citation plugin, the glossary and the layouts add or hide is then counted as the reader meets it.
 *
 * Text taken: the prose blocks (p, li, dt, dd, blockquote, figcaption) inside <main>.
 * Text left out: headings, navigation (nav, the contents list, previous/next), tables, the
 * references section, citation markers and their previews (sup), glossary definitions shown on
 * hover, heading tools, hidden helper text, scripts and templates.
 * The key-points block (.key-points) is measured on its own and not counted in the body.
 *
 * The formulas, the syllable counts and the sentence splitting come from maintained libraries
 * (flesch-kincaid, flesch, syllable by wooorm; sentence-splitter by azu); words are counted with
 * the built-in Intl.Segmenter. Nothing here counts syllables or splits sentences by hand.
 */
import { fromHtml } from 'hast-util-from-html';
import { syllable } from 'syllable';
import { fleschKincaid } from 'flesch-kincaid';
import { flesch } from 'flesch';
import { split as splitSentences } from 'sentence-splitter';

/** Longest sentence allowed anywhere (words). */
export const MAX_SENTENCE_WORDS = 35;
/** Highest Flesch-Kincaid grade allowed: a section's body, the handout, a key-points block. */
export const MAX_GRADE = { body: 10, handout: 8, keyPoints: 8 };

const SKIP_TAGS = new Set([
  'nav',
  'table',
  'sup',
  'script',
  'style',
  'template',
  'svg',
  'noscript',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'button',
]);
const SKIP_CLASSES = new Set([
  'references',
  'toc',
  'glossary-tip',
  'cite-tip',
  'heading-tools',
  'visually-hidden',
  'page-head',
  'handout-meta',
  'print-hint',
  'key-points-title',
]);
const BLOCK_TAGS = new Set(['p', 'li', 'dt', 'dd', 'blockquote', 'figcaption']);

const classesOf = (node) => {
  const c = node.properties?.className;
  return Array.isArray(c) ? c.map(String) : [];
};
const skipped = (node) =>
  node.type === 'element' &&
  (SKIP_TAGS.has(node.tagName) ||
    node.properties?.hidden != null ||
    classesOf(node).some((c) => SKIP_CLASSES.has(c)));

/** Text of a node, skipping what readers do not read as prose; nested blocks are left to themselves. */
function inlineText(node) {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (skipped(node)) return '';
  return node.children
    .map((child) => (child.type === 'element' && BLOCK_TAGS.has(child.tagName) ? ' ' : inlineText(child)))
    .join('');
}

/** Prose blocks under `node`, split into key points and body. */
function collectBlocks(node, inKeyPoints, out) {
  if (node.type !== 'element' && node.type !== 'root') return;
  if (skipped(node)) return;
  const keyPoints = inKeyPoints || classesOf(node).includes('key-points');
  if (node.type === 'element' && BLOCK_TAGS.has(node.tagName)) {
    const text = inlineText(node).replace(/\s+/g, ' ').trim();
    if (text) (keyPoints ? out.keyPoints : out.body).push(text);
  }
  for (const child of node.children) collectBlocks(child, keyPoints, out);
}

function findMain(node) {
  if (node.type === 'element' && node.tagName === 'main') return node;
  for (const child of node.children ?? []) {
    const found = findMain(child);
    if (found) return found;
  }
  return undefined;
}

/** The prose of a built page: `{ body: string[], keyPoints: string[] }`, one string per block. */
export function extractProse(html) {
  const main = findMain(fromHtml(html));
  if (!main) throw new Error('no <main> in the page');
  const out = { body: [], keyPoints: [] };
  collectBlocks(main, false, out);
  return out;
}

const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });
/** Words of a text (Intl.Segmenter; numbers such as "187" count as words, as in reading). */
export const wordsOf = (text) =>
  [...wordSegmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);

/** Sentences of each block (sentence-splitter); a block with no closing stop is one sentence. */
export function sentencesOf(blocks) {
  return blocks.flatMap((block) =>
    splitSentences(block)
      .filter((node) => node.type === 'Sentence')
      .map((node) => node.raw.trim())
      .filter((s) => wordsOf(s).length > 0),
  );
}

/** Flesch-Kincaid grade, Flesch reading ease, mean sentence length and the long sentences. */
export function measure(blocks) {
  const sentences = sentencesOf(blocks);
  let word = 0;
  let syllables = 0;
  const long = [];
  for (const s of sentences) {
    const words = wordsOf(s);
    word += words.length;
    syllables += words.reduce((n, w) => n + syllable(w), 0);
    if (words.length > MAX_SENTENCE_WORDS) long.push({ words: words.length, sentence: s });
  }
  const counts = { sentence: sentences.length, word, syllable: syllables };
  const round = (n) => Math.round(n * 10) / 10;
  return {
    sentences: sentences.length,
    words: word,
    grade: sentences.length ? round(fleschKincaid(counts)) : 0,
    ease: sentences.length ? round(flesch(counts)) : 0,
    meanSentence: sentences.length ? round(word / sentences.length) : 0,
    long,
  };
}

/** The pages measured: each section and the handout, by their path in dist/. */
export const MEASURED_PAGES = [
  { name: 'overview', file: 'index.html', kind: 'body' },
  { name: 'mechanisms', file: 'mechanisms/index.html', kind: 'body' },
  { name: 'uses', file: 'uses/index.html', kind: 'body' },
  { name: 'side-effects', file: 'side-effects/index.html', kind: 'body' },
  { name: 'disclaimer', file: 'disclaimer/index.html', kind: 'body' },
  { name: 'handout', file: 'handout/index.html', kind: 'handout' },
  { name: 'claims', file: 'claims/index.html', kind: 'body', optional: true },
  // The changes log (issue 18): entries say what changed and why, in the same plain words.
  { name: 'changes', file: 'changes/index.html', kind: 'body' },
];
