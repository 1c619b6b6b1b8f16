/**
 * rehype-independence-notes: under each graded finding's evidence label (rehype-evidence-labels), a
 * short note saying how many of the sources cited in that finding's part of the page have no listed
 * author from the group that developed Semax, from the bibliography's `developerNetwork` field.
 * "That finding's part" is everything from its heading to the next heading of the same or a higher
 * rank, so a subsection counts with the finding above it. The rule itself is stated on /evidence/,
 * which the note links to. Must run after rehype-evidence-labels.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { keyOfRefId } from '../lib/citations';
import type { Bibliography } from '../lib/loadContent';
import { independenceCounts, independenceNote, INDEPENDENCE_RULE_HREF } from '../lib/independence';

const RANK = /^h([2-6])$/;
const isLabel = (node: RootContent | undefined): node is Element =>
  node?.type === 'element' &&
  (node.properties?.className as string[] | undefined)?.includes('evidence-label') === true;

/** Keys of the citation markers inside one node, in reading order. */
function citedKeys(node: RootContent | ElementContent, keys: Set<string>): void {
  visit(node, 'element', (el: Element) => {
    const href = el.properties?.href;
    const classes = el.properties?.className as string[] | undefined;
    const key = typeof href === 'string' && href.startsWith('#') ? keyOfRefId(href.slice(1)) : undefined;
    if (classes?.includes('cite-link') && key) keys.add(key);
  });
}

const rehypeIndependenceNotes: Plugin<[{ bibliography: Bibliography }], Root> =
  ({ bibliography }) =>
  (tree, file) => {
    visit(tree, (node) => {
      if (node.type !== 'root' && node.type !== 'element') return;
      const children = node.children;
      for (let i = 0; i < children.length; i++) {
        const heading = children[i];
        if (heading?.type !== 'element' || !RANK.test(heading.tagName) || !isLabel(children[i + 1])) continue;
        const rank = Number(RANK.exec(heading.tagName)![1]);
        const keys = new Set<string>();
        let j = i + 2;
        for (; j < children.length; j++) {
          const next = children[j]!;
          const nextRank = next.type === 'element' ? RANK.exec(next.tagName)?.[1] : undefined;
          if (nextRank && Number(nextRank) <= rank) break;
          citedKeys(next, keys);
        }
        const records = [...keys].map((key) => {
          const record = bibliography.get(key);
          // remark-citations has already failed on unknown keys; this only guards the plugin's own use.
          if (!record) file.fail(`${file.path}: no record "${key}" in ${bibliography.file}`);
          return record!;
        });
        children.splice(i + 2, 0, {
          type: 'element',
          tagName: 'p',
          properties: { className: ['independence-note'] },
          children: [
            { type: 'text', value: `${independenceNote(independenceCounts(records))} ` },
            {
              type: 'element',
              tagName: 'a',
              properties: { href: INDEPENDENCE_RULE_HREF },
              children: [{ type: 'text', value: 'How we count' }],
            },
          ],
        });
        i += 2;
      }
    });
  };

export default rehypeIndependenceNotes;
