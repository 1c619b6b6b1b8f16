/**
 * Claims: the sentences of the article that cite the bibliography. The evidence explorer lists them
 * and the article gives each cited paragraph an anchor, both through `citedParagraphs`, so the
 * explorer's links and the paragraph ids come from one rule and cannot drift apart.
 */
import type { List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { citedKeys } from './citedKeys';

/** A citation as written in MDX: [@key] or [@a; @b]. Global, so use it with matchAll/replace only. */
export const CITATION = /\[@([^\]]*)\]/g;
const HAS_CITATION = /\[@[^\]]*\]/;

/** Anchor id of the n-th cited paragraph of a page (1-based). */
export const claimAnchor = (n: number) => `claim-${n}`;

export interface CitedParagraph {
  node: Paragraph;
  /**
   * The element that carries the anchor: the paragraph, or its list item when the list is tight
   * (remark-rehype unwraps paragraphs of tight lists, so the <p> and its id would vanish).
   */
  holder: Paragraph | ListItem;
  /** Id given to the paragraph, e.g. "claim-3". */
  anchor: string;
  /** Id of the nearest h2/h3 above it, when it has an explicit or automatic id (filled by callers). */
  heading?: string;
}

/** Paragraphs that contain at least one citation, in document order, with their anchors. */
export function citedParagraphs(tree: Root): CitedParagraph[] {
  const found: CitedParagraph[] = [];
  const tightItems = new Set<ListItem>();
  visit(tree, 'list', (list: List) => {
    if (!list.spread && !list.children.some((item) => item.spread))
      list.children.forEach((i) => tightItems.add(i));
  });
  visit(tree, 'paragraph', (node: Paragraph, _index, parent) => {
    if (!HAS_CITATION.test(toString(node))) return;
    const item = parent?.type === 'listItem' && tightItems.has(parent) ? parent : undefined;
    // Two cited paragraphs in one tight item share the item's anchor.
    const previous = found.at(-1);
    if (item && previous?.holder === item) {
      found.push({ node, holder: item, anchor: previous.anchor });
      return;
    }
    found.push({
      node,
      holder: item ?? node,
      anchor: claimAnchor(new Set(found.map((f) => f.anchor)).size + 1),
    });
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

export interface ClaimSentence {
  /** The sentence without its citation markers. */
  text: string;
  keys: string[];
  /** Anchor of its paragraph, e.g. "claim-3". */
  anchor: string;
  /** Text of the nearest heading above it. */
  heading: string;
}

function headingText(node: RootContent): string | undefined {
  if (node.type !== 'heading' || node.depth > 3) return undefined;
  // Leave out MDX comments such as an explicit heading id {/* #enzymes */}.
  const children = node.children.filter((child) => (child.type as string) !== 'mdxTextExpression');
  return toString({ ...node, children }).trim();
}

/** Every cited sentence of one MDX body (frontmatter already removed), in reading order. */
export function extractClaims(mdxBody: string): ClaimSentence[] {
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(mdxBody) as Root;
  const anchors = new Map(citedParagraphs(tree).map((p) => [p.node, p.anchor]));
  const claims: ClaimSentence[] = [];
  let heading = '';
  visit(tree, (node) => {
    const text = headingText(node as RootContent);
    if (text !== undefined) heading = text;
    if (node.type !== 'paragraph') return;
    const anchor = anchors.get(node as Paragraph);
    if (!anchor) return;
    for (const sentence of splitSentences(toString(node))) {
      const keys = citedKeys(sentence);
      if (!keys.length) continue;
      const clean = sentence
        .replace(CITATION, '')
        .replace(/\s+([.,;:!?])/g, '$1')
        .replace(/\s{2,}/g, ' ')
        .trim();
      claims.push({ text: clean, keys, anchor, heading });
    }
  });
  return claims;
}
