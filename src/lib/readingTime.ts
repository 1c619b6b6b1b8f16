/**
 * Estimated reading time of a section, from its MDX source. Pure functions, no Astro.
 */

/**
 * Words per minute. Adults read English non-fiction silently at about 240 words a minute on
 * average (Brysbaert 2019, Journal of Memory and Language 109:104047); we use a slower 200 because
 * this is careful reading of health information with technical terms and citations.
 */
export const WORDS_PER_MINUTE = 200;

/**
 * Strips what a reader never reads from MDX: ESM import/export lines, {expressions} and
 * {/* comments *\/}, HTML/JSX tags (keeping their text), code fences, citation keys ([@key]),
 * link and image targets, and Markdown punctuation.
 */
export function mdxToPlainText(mdx: string): string {
  return (
    mdx
      // A frontmatter block, if the caller passes the whole file.
      .replace(/^---\n[\s\S]*?\n---\n/, '')
      .replace(/^```[\s\S]*?^```/gm, ' ')
      .replace(/^(?:import|export)\s.*$/gm, ' ')
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
      .replace(/\{[^{}]*\}/g, ' ')
      .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
      .replace(/\[@[^\]]*\]/g, ' ')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[#>*_`|~]+/g, ' ')
  );
}

/** Number of words (runs of characters containing at least one letter or digit). */
export function countWords(mdx: string): number {
  return mdxToPlainText(mdx)
    .split(/\s+/)
    .filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Reading time in whole minutes, at least 1, rounded up so that nobody is promised less. */
export function estimateReadingMinutes(mdx: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.ceil(countWords(mdx) / wordsPerMinute));
}
