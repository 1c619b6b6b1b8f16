/**
 * remark-claim-anchors: gives every paragraph (or tight-list item) that cites a source an id derived
 * from its own keys and text (claimAnchor in src/lib/citations.ts, e.g. claim-dpkjmab), so that a link
 * to it survives text inserted or removed elsewhere, and publishes the page's cited sentences (`citedSentences`: text, keys,
 * paragraph anchor) in its remark frontmatter. The evidence explorer (/evidence/)
 * lists those sentences and links to the anchors, so both come from this one pass over the tree.
 *
 * Must run before remark-citations, which replaces the [@key] text with markers; remark-citations
 * then rejects unknown keys and malformed citations, so the keys published here are checked too.
 * Two cited paragraphs with the same keys and text would get the same id: that fails the build,
 * naming the file and the paragraph.
 */
import type { List, ListItem, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { claimAnchor, publishFact, tokenizeCitations, type CitedSentence } from '../lib/citations';

interface CitedParagraph {
  node: Paragraph;
  /**
   * The element that carries the anchor: the paragraph, or its list item when the list is tight
   * (remark-rehype unwraps paragraphs of tight lists, so the <p> and its id would vanish).
   */
  holder: Paragraph | ListItem;
  /** Id given to the paragraph, e.g. "claim-3". */
  anchor: string;
}

/** Paragraphs that contain at least one citation, in document order, with their anchors. */
function citedParagraphs(tree: Root, fail: (message: string) => never): CitedParagraph[] {
  const found: CitedParagraph[] = [];
  const tightItems = new Set<ListItem>();
  visit(tree, 'list', (list: List) => {
    if (!list.spread && !list.children.some((item) => item.spread))
      list.children.forEach((i) => tightItems.add(i));
  });
  const holders = new Map<string, string>();
  visit(tree, 'paragraph', (node: Paragraph, _index, parent) => {
    if (tokenizeCitations(toString(node)).length === 0) return;
    const item = parent?.type === 'listItem' && tightItems.has(parent) ? parent : undefined;
    // Two cited paragraphs in one tight item share the item's anchor.
    const previous = found.at(-1);
    if (item && previous?.holder === item) {
      found.push({ node, holder: item, anchor: previous.anchor });
      return;
    }
    const holder = item ?? node;
    const { text, keys } = citedSentence(toString(holder));
    const anchor = claimAnchor(text, keys);
    if (holders.has(anchor))
      fail(
        `two cited paragraphs have the same anchor "${anchor}" (same sources and text): "${text.slice(0, 80)}"; ` +
          'merge or reword one of them',
      );
    holders.set(anchor, text);
    found.push({ node, holder, anchor });
  });
  return found;
}

// Abbreviations that end in a full stop without ending a sentence.
const ABBREVIATIONS = /(?:\bet al|\be\.g|\bi\.e|\bvs|\bapprox|\bca|\bDr|\bNo|\bFig)\.$/i;

/** Splits plain text into sentences; citations stay attached to the sentence they follow. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  const boundary = /([.!?])(\s+)(?=[A-Z0-9“"(])/g;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const candidate = text.slice(start, match.index + 1);
    if (ABBREVIATIONS.test(candidate)) continue;
    sentences.push(candidate.trim());
    start = match.index + match[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

/** The sentence's keys and its text without the citations (malformed ones are remark-citations' to report). */
function citedSentence(sentence: string): { text: string; keys: string[] } {
  const keys = new Set<string>();
  let text = '';
  let cursor = 0;
  for (const token of tokenizeCitations(sentence)) {
    text += sentence.slice(cursor, token.start);
    cursor = token.end;
    if ('keys' in token) token.keys.forEach((key) => keys.add(key));
  }
  text += sentence.slice(cursor);
  return {
    text: text
      .replace(/\s+([.,;:!?])/g, '$1')
      .replace(/\s{2,}/g, ' ')
      .trim(),
    keys: [...keys],
  };
}

const remarkClaimAnchors: Plugin<[], Root> = () => (tree, file) => {
  const paragraphs = citedParagraphs(tree, (message) => file.fail(`${file.path}: ${message}`));
  for (const { holder, anchor } of paragraphs) {
    holder.data = { ...holder.data, hProperties: { ...holder.data?.hProperties, id: anchor } };
  }
  const anchors = new Map(paragraphs.map((p) => [p.node, p.anchor]));
  const sentences: CitedSentence[] = [];
  visit(tree, 'paragraph', (node: Paragraph) => {
    const anchor = anchors.get(node);
    if (!anchor) return;
    for (const sentence of splitSentences(toString(node))) {
      const cited = citedSentence(sentence);
      if (cited.keys.length) sentences.push({ ...cited, anchor });
    }
  });
  publishFact(file, 'citedSentences', sentences);
};

export default remarkClaimAnchors;
