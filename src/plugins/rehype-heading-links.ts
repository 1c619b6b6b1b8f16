/**
 * Rehype plugin: a link to itself after every h2 and h3, so a reader can share one section.
 *
 * Modelled on Starlight's rehype-heading-links: the heading and a real link after it (not inside
 * it, so the heading's text, the TOC and the outline stay clean) are grouped in one element. Without
 * JavaScript this link is the whole feature; with it, a "Copy link" (or, on phones, "Share")
 * button is put into the empty `.heading-actions` slot, whose width CSS reserves so that adding the
 * button shifts nothing.
 *
 * Two choices are for reader views (Mozilla's Readability, as in Firefox) and text browsers, which
 * read the page without its CSS (issue 15, tests/clients/reader-view.test.ts):
 * - The group is a <header> (a heading with its navigational aids), not a <div>: Readability drops
 *   any short <div> whose text is mostly a link, and with it the heading (it kept 15 of 44).
 * - The link's name is an aria-label, not visually hidden text: text browsers and reader views print
 *   every text node, so "Link to this section: ..." appeared after each heading. What is left to
 *   print is the "#" icon, which is aria-hidden for screen readers (and for Readability, which leaves
 *   aria-hidden content out).
 *
 * Must run after rehypeHeadingIds (from @astrojs/markdown-remark): it links only headings that
 * have an id.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';

/** Prefix of each link's accessible name; the heading's text follows it. */
export const HEADING_LINK_LABEL = 'Link to this section: ';

/** Headings that get a link: the levels the table of contents lists. */
const LINKED_HEADINGS = new Set(['h2', 'h3']);

/** Headings hidden from sight (e.g. remark-gfm's "Footnotes" label) are skipped, as Starlight does. */
const HIDDEN_CLASSES = ['sr-only', 'visually-hidden'];

function isHidden(node: Element): boolean {
  const classes = node.properties.className;
  return Array.isArray(classes) && classes.some((c) => HIDDEN_CLASSES.includes(String(c)));
}

export default function rehypeHeadingLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (!LINKED_HEADINGS.has(node.tagName) || parent == null || index === undefined) return;
      const id = node.properties.id;
      if (typeof id !== 'string' || id === '' || isHidden(node)) return;
      const text = toString(node).trim();
      parent.children[index] = h('header', { class: `heading-wrapper level-${node.tagName}` }, [
        node,
        // One group, so that the link and the button wrap to a new line together.
        h('span', { class: 'heading-tools', dataPagefindIgnore: '' }, [
          h('a', { class: 'heading-link', href: `#${id}`, ariaLabel: `${HEADING_LINK_LABEL}${text}` }, [
            h('span', { class: 'heading-link-icon', ariaHidden: 'true' }, '#'),
          ]),
          h('span', { class: 'heading-actions', dataHeadingActions: '' }),
        ]),
      ]);
      return SKIP;
    });
  };
}
