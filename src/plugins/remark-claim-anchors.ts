/**
 * remark-claim-anchors: gives every paragraph (or tight-list item) that cites a source an id (claim-1, claim-2, ...), so
 * the evidence explorer (/evidence/) can link to the exact paragraph a claim comes from. The rule
 * that picks the paragraphs is shared with the explorer (src/lib/claims.ts). Must run before the
 * citation plugin replaces the [@key] markers.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { citedParagraphs } from '../lib/claims';

const remarkClaimAnchors: Plugin<[], Root> = () => (tree) => {
  for (const { holder, anchor } of citedParagraphs(tree)) {
    holder.data = { ...holder.data, hProperties: { ...holder.data?.hProperties, id: anchor } };
  }
};

export default remarkClaimAnchors;
