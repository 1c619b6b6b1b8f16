/**
 * Enhancement: marks the table-of-contents link of the section being read with
 * aria-current="true" (styled in TableOfContents.astro). Without JavaScript the contents work the
 * same, with no highlight.
 *
 * The section being read is the last one whose heading is above a line a third of the way down
 * the viewport. That only changes when a heading crosses the line, so an IntersectionObserver
 * whose root ends at the line tells us when to look; scrolling itself costs nothing.
 */
const links = new Map<Element, HTMLAnchorElement>();
for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-toc] a[href^="#"]')) {
  const heading = document.getElementById(decodeURIComponent(link.hash.slice(1)));
  if (heading) links.set(heading, link);
}

let current: HTMLAnchorElement | undefined;
/** Whether each heading is above the line, as last measured. */
const above = new Map<Element, boolean>();
/** The observer's line (plus a pixel: a heading touching it counts as past it). */
const lineOf = (entry?: IntersectionObserverEntry) => (entry?.rootBounds?.bottom ?? innerHeight / 3) + 1;

function update(entries: IntersectionObserverEntry[]) {
  // The observer hands over each heading's box, measured in its own step: asking every heading for
  // getBoundingClientRect() here forced a layout of the whole page in the middle of loading, a long
  // task on a slow phone (issue 16).
  for (const entry of entries) above.set(entry.target, entry.boundingClientRect.top < lineOf(entry));
  let active: HTMLAnchorElement | undefined;
  for (const [heading, link] of links) if (above.get(heading)) active = link;
  if (active === current) return;
  current?.removeAttribute('aria-current');
  active?.setAttribute('aria-current', 'true');
  current = active;
  if (label) label.textContent = active?.textContent ?? '';
}

/** The pinned bar's "On this page · <section being read>" (phones), and the list it opens. */
const label = document.querySelector('[data-toc-current]');
const toc = document.querySelector<HTMLDetailsElement>('details[data-toc]');
// Choosing a section closes the list before the browser scrolls to it.
toc?.addEventListener('click', (event) => {
  if ((event.target as Element).closest('a')) toc.open = false;
});

if (links.size) {
  const observer = new IntersectionObserver(update, { rootMargin: '0px 0px -67% 0px' });
  for (const heading of links.keys()) observer.observe(heading);
  // A jump (a link, the scroll bar) can carry headings past the line between two frames unseen:
  // once scrolling ends, measure them all (the page is laid out by then).
  addEventListener('scrollend', () => {
    for (const heading of links.keys()) above.set(heading, heading.getBoundingClientRect().top < lineOf());
    update([]);
  });
}

// A module, so that its names stay out of the global scope (window.status and the like).
export {};
