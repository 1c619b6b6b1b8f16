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
    const style = getComputedStyle(banner);
    const height = entry!.borderBoxSize[0]!.blockSize;
    // Taller than its CSS minimum means the text wrapped further than CSS planned for. Only then is
    // the property written: a custom property set on the root restyles every element of the page
    // (measured: style work 24 -> 133 ms on /uses/ at load, the main cost of the scripts, issue 16).
    // Not pinned on a short window (DisclaimerBanner.astro): then CSS already leaves nothing to clear.
    const wrapped = style.position === 'sticky' && height > parseFloat(style.minBlockSize) + 1;
    if (wrapped) root.style.setProperty('--banner-offset', `${height}px`);
    else if (root.style.getPropertyValue('--banner-offset')) root.style.removeProperty('--banner-offset');
    if (first && wrapped && location.hash) {
      document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
    }
    first = false;
  }).observe(banner);
}

// A module, so that its names stay out of the global scope (window.status and the like).
export {};
