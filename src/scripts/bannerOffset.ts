/**
 * Enhancement: keeps --banner-offset (the space headings reached by a link leave for the pinned
 * disclaimer banner, see global.css) equal to the banner's real height. CSS already computes it
 * from the banner's tokens; this covers what CSS cannot know: the banner wrapping onto more lines
 * at a very narrow width, with large text settings or in a browser's translation. If the first
 * measurement differs and the page was opened at a #fragment, the target is scrolled into view
 * again so that it is not hidden under the banner.
 */
const banner = document.querySelector<HTMLElement>('.disclaimer-banner');
const root = document.documentElement;
let first = true;

if (banner) {
  new ResizeObserver(([entry]) => {
    // Not pinned on a short window (DisclaimerBanner.astro): then it leaves nothing to clear.
    const height = getComputedStyle(banner).position === 'sticky' ? entry!.borderBoxSize[0]!.blockSize : 0;
    root.style.setProperty('--banner-offset', `${height}px`);
    // Taller than its CSS minimum means the text wrapped further than CSS planned for.
    if (first && location.hash && height > parseFloat(getComputedStyle(banner).minBlockSize) + 1) {
      document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
    }
    first = false;
  }).observe(banner);
}

// A module, so that its names stay out of the global scope (window.status and the like).
export {};
