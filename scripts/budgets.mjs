/**
 * Performance budgets for every page, checked by `npm run bench` (scripts/bench.mjs), which exits 1
 * when a page breaks one. The benchmark compares the median of its runs with each number.
 * A reader we build for: a patient on a mid-range phone, maybe on a slow mobile connection, sent here by
 * a doctor. The page must be readable at once, must not move under the finger, and must not depend
 * on anyone else's server.
 */
export const BUDGETS = {
  /**
   * Lowest Lighthouse score (0-100) allowed in each category: performance, accessibility, best
   * practices, SEO. 100: a static text page has no excuse for less, and a lower bar would let
   * regressions slip in one point at a time.
   */
  minCategoryScore: 100,

  /**
   * Slowest Largest Contentful Paint in Lighthouse's mobile emulation (simulated slow 4G, 4x CPU
   * slowdown), in ms: 800 (issue 16). A page whose whole document fits in the first round trip
   * (about 14 KB compressed) paints in about 650-750 ms there even with no JavaScript (the bench's
   * floor); the long sections need a second round trip, and their floor is 850-1,000 ms, so they
   * break this budget by their length, which maxLcpToFloor below tells apart from the code's cost.
   */
  maxLcpMs: 800,

  /**
   * Most LCP of a page over its floor's (the same page with no JavaScript and its CSS inline,
   * measured in the same Lighthouse session): 1.1. The floor is what the page's own bytes cost (a
   * document over about 14 KB compressed needs a second round trip in Lighthouse's model, so the long
   * sections' floor is over 800 ms); this ratio is what the site's code and requests add on top, and
   * unlike milliseconds it holds on a fast or a busy machine. 10% is the noise of one run on a quiet one.
   */
  maxLcpToFloor: 1.1,

  /** Most Total Blocking Time, in ms: 0. Nothing a page runs may hold up a tap. */
  maxTbtMs: 0,

  /** Highest cumulative layout shift: 0. Text that jumps while a reader starts reading loses their place. */
  maxCls: 0,

  /**
   * Most compressed (brotli) JavaScript a page may load, in bytes: 3 KB for all enhancements together
   * (the team's budget). Reading needs none of it; anything larger is an application, not a page.
   */
  maxJsBytes: 3 * 1024,

  /**
   * Most compressed (brotli) bytes before the first paragraph of <main> (HTML up to it, plus any
   * render-blocking CSS), i.e. what the first screen needs: 14 KB. A new TCP connection sends about 10
   * packets (~14.6 kB) before it waits for an acknowledgement (RFC 6928 initial window), so the first
   * screen of a page under this arrives in one round trip, however long the rest of the page is.
   * (The whole HTML + CSS is reported too; a long article may need more than one round trip in total.)
   */
  maxBeforeFirstParagraphBytes: 14 * 1024,

  /**
   * Requests to any origin but the site's own: 0. No CDN fonts, analytics or embeds: a third party
   * learns who reads about a medicine, slows the page, and can break it.
   */
  maxThirdPartyRequests: 0,

  /**
   * Share of the words of <main> (as a reader sees it with JavaScript on) that are visible with
   * JavaScript off: 0.98. Reading must need no JavaScript; the 2% slack is for small controls that
   * only make sense with it (e.g. a "Copy" button).
   */
  minNoJsTextShare: 0.98,
};

/**
 * The budgets one page breaks, as sentences (empty when it keeps all of them).
 * @param {{ scores: Record<string, number>, metrics: { cls: number, lcp: number, tbt: number },
 *   lcpToFloor: number,
 *   jsBytes: number, beforeFirstParagraphBytes: number, thirdPartyRequests: number,
 *   noJsTextShare: number }} page medians
 * @param {typeof BUDGETS} [budgets]
 */
export function brokenBudgets(page, budgets = BUDGETS) {
  const broken = [];
  for (const [category, score] of Object.entries(page.scores)) {
    if (score < budgets.minCategoryScore) {
      broken.push(`Lighthouse ${category} ${score} < ${budgets.minCategoryScore}`);
    }
  }
  if (page.metrics.cls > budgets.maxCls) broken.push(`CLS ${page.metrics.cls} > ${budgets.maxCls}`);
  if (page.metrics.lcp > budgets.maxLcpMs) {
    broken.push(`LCP ${Math.round(page.metrics.lcp)} ms > ${budgets.maxLcpMs} ms`);
  }
  if (page.lcpToFloor > budgets.maxLcpToFloor) {
    broken.push(`LCP ${page.lcpToFloor.toFixed(2)} x the floor's > ${budgets.maxLcpToFloor}`);
  }
  if (page.metrics.tbt > budgets.maxTbtMs) {
    broken.push(`TBT ${Math.round(page.metrics.tbt)} ms > ${budgets.maxTbtMs} ms`);
  }
  if (page.jsBytes > budgets.maxJsBytes) {
    broken.push(`compressed JavaScript ${page.jsBytes} B > ${budgets.maxJsBytes} B`);
  }
  if (page.beforeFirstParagraphBytes > budgets.maxBeforeFirstParagraphBytes) {
    broken.push(
      `compressed bytes before the first paragraph ${page.beforeFirstParagraphBytes} B > ` +
        `${budgets.maxBeforeFirstParagraphBytes} B`,
    );
  }
  if (page.thirdPartyRequests > budgets.maxThirdPartyRequests) {
    broken.push(`${page.thirdPartyRequests} third-party request(s) > ${budgets.maxThirdPartyRequests}`);
  }
  if (page.noJsTextShare < budgets.minNoJsTextShare) {
    broken.push(
      `only ${Math.round(page.noJsTextShare * 100)}% of the text is readable without JavaScript ` +
        `(< ${budgets.minNoJsTextShare * 100}%)`,
    );
  }
  return broken;
}
