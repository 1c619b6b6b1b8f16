/**
 * rehype-natural-fragments: the address a reader would guess for a heading also works.
 *
 * Many headings have a short, stable id written by hand ({/* #stroke *\/} in the MDX), so the id
 * made from the heading's own text (/uses/#ischemic-stroke for "Ischemic stroke", the slug GitHub,
 * Astro and Starlight would give it) led nowhere and opened the page at the top (issue 15). This
 * plugin puts an empty element with that id at the start of the heading, as rehype-anchor-aliases
 * does for renamed ids, wherever the two differ.
 *
 * Nothing is added where the text's id is already an id (or an alias) on the page, or where two
 * headings would get the same one: a natural link must never land on the wrong heading, and the
 * build gate fails on a repeated id. Must run after rehypeHeadingIds and rehypeAnchorAliases, and
 * before the heading links (whose link text is not part of the heading).
 */
import type { Element, Root } from 'hast';
import { slug } from 'github-slugger';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** The headings that are linked and listed in the contents (rehype-heading-links). */
const HEADINGS = new Set(['h2', 'h3']);

export default function rehypeNaturalFragments() {
  return (tree: Root) => {
    const ids = new Set<string>();
    const headings: Element[] = [];
    visit(tree, 'element', (node) => {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id);
      if (HEADINGS.has(node.tagName) && typeof node.properties.id === 'string') headings.push(node);
    });
    const wanted = new Map<string, Element[]>();
    for (const heading of headings) {
      const natural = slug(toString(heading).trim());
      if (natural === '' || natural === heading.properties.id || ids.has(natural)) continue;
      wanted.set(natural, [...(wanted.get(natural) ?? []), heading]);
    }
    for (const [natural, [heading, ...others]] of wanted) {
      if (others.length > 0) continue;
      heading!.children.unshift({
        type: 'element',
        tagName: 'span',
        properties: { id: natural },
        children: [],
      });
    }
  };
}
