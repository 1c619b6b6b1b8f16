/** Turns a page's flat heading list into the nested list its table of contents shows. */
import type { MarkdownHeading } from 'astro';

export interface TocItem {
  /** The heading's id, the link's fragment. */
  slug: string;
  /** The heading's text. */
  text: string;
  /** h3 headings under this h2. */
  children: TocItem[];
}

/**
 * Keeps h2 and h3 only and nests each h3 under the h2 before it. An h3 with no h2 before it
 * stays at the top level rather than disappearing.
 */
export function buildToc(headings: readonly MarkdownHeading[]): TocItem[] {
  const items: TocItem[] = [];
  let lastH2: TocItem | undefined;
  for (const { depth, slug, text } of headings) {
    if (depth !== 2 && depth !== 3) continue;
    const item: TocItem = { slug, text, children: [] };
    if (depth === 3 && lastH2) {
      lastH2.children.push(item);
    } else {
      items.push(item);
      if (depth === 2) lastH2 = item;
    }
  }
  return items;
}
