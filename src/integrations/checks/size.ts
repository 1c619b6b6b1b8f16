/**
 * The content-size guard: a section whose built page is so large that the benchmark budgets
 * (scripts/budgets.mjs: every Lighthouse score 100, the first screen in 14 KB) cannot hold fails the
 * build with its size, instead of being found later by a benchmark, or by tests timing out on it: a
 * section pasted 50 times built and passed every gate, and only axe timed out on it.
 *
 * Only section pages (and stand-alone pages) from content/ are limited: they are what an editor can
 * grow by accident. Listing pages (/evidence/, /references/) grow with the whole guide by design, and
 * the benchmark builds copies with 10 and 50 times the sections, which must still build.
 *
 * Bytes of HTML as built, not compressed: pasted repeats compress to almost nothing, but the browser
 * still parses, lays out and styles every element.
 */
import { elements, problemAt, type BuiltSite, type Problem } from './site';

export interface SizeLimits {
  /** Bytes of a page's HTML as built. */
  bytes: number;
  /** Elements in the page (what Lighthouse's DOM-size audit counts). */
  elements: number;
}

/**
 * Measured 2026-12-03: the longest real section, /uses/ (1,800 words, 30 references), is 96 KB of
 * HTML (14 KB brotli) with 940 elements. The limits are about three times that: room for the guide to
 * grow, while the same section pasted four times fails. Lighthouse calls a DOM of more than 1,400
 * elements excessive (a diagnostic, not a score); 3,000 leaves long articles their length.
 */
export const DEFAULT_LIMITS: SizeLimits = { bytes: 300 * 1024, elements: 3_000 };

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

export function checkSize(site: BuiltSite, limits: SizeLimits = DEFAULT_LIMITS): Problem[] {
  const problems: Problem[] = [];
  for (const page of site.pages) {
    if (!page.source.startsWith('content/')) continue;
    const bytes = Buffer.byteLength(page.html);
    const count = elements(page.tree).length;
    if (bytes > limits.bytes || count > limits.elements) {
      problems.push(
        problemAt(
          page,
          `the built page is ${kb(bytes)} of HTML with ${count} elements; a page may have at most ${kb(limits.bytes)} and ${limits.elements} (src/integrations/checks/size.ts): split the section or remove repeated content`,
        ),
      );
    }
  }
  return problems;
}
