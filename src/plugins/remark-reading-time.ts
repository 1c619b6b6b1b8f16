/**
 * remark-reading-time: publishes the page's estimated reading time (`minutesRead`, whole minutes)
 * in its remark frontmatter, as the Astro docs' reading-time recipe does.
 *
 * It counts the words of the text readers read: text and inline code, not code blocks, ESM lines,
 * {expressions} or JSX attributes. Counted here rather than with the recipe's
 * mdast-util-to-string + reading-time, because toString() of an MDX tree also returns the source of
 * import lines and {/* comments *\/}. Runs after remark-citations, so citation keys are not counted.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { publishFact } from '../lib/citations';

/**
 * Words per minute. Adults read English non-fiction silently at about 240 words a minute on
 * average (Brysbaert 2019, Journal of Memory and Language 109:104047); we use a slower 200 because
 * this is careful reading of health information with technical terms and citations.
 */
export const WORDS_PER_MINUTE = 200;

/** Number of words (runs of characters containing at least one letter or digit) in a text. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Reading time in whole minutes, at least 1, rounded up so that nobody is promised less. */
export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}

const remarkReadingTime: Plugin<[], Root> = () => (tree, file) => {
  let words = 0;
  visit(tree, ['text', 'inlineCode'], (node) => {
    words += countWords((node as { value: string }).value);
  });
  publishFact(file, 'minutesRead', readingMinutes(words));
};

export default remarkReadingTime;
