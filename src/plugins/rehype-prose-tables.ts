/**
 * rehype-prose-tables: gives every Markdown table in the prose what the site's component tables
 * (<EvidenceTable />, the explorer) already have, so that a table an author types in MDX reads on a
 * 360 px phone (issue 14):
 * - a `div.table-scroll` around it, a focusable region named after the section it sits in, so that
 *   on wide screens a table wider than the column scrolls inside its box instead of widening the page;
 * - the `stack-table` class and, on every body cell, `data-label` = its column's header, so that on
 *   phones each row becomes a card whose cells say which column they are (src/styles/global.css).
 *
 * Tables inside an MDX component (<EvidenceTable>) are left alone: the component frames them itself.
 * Written here because no maintained rehype plugin adds per-cell column labels for stacked tables.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

const HEADING = /^h[2-6]$/;
const MDX_ELEMENT = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);

const elements = (node: { children: unknown[] }) =>
  node.children.filter((c): c is Element => (c as Element).type === 'element');

/** Header texts of the table's first row in <thead>. */
function columnNames(table: Element): string[] {
  const head = elements(table).find((e) => e.tagName === 'thead');
  const row = head && elements(head).find((e) => e.tagName === 'tr');
  return row ? elements(row).map((cell) => toString(cell).trim()) : [];
}

function labelCells(table: Element, names: string[]) {
  for (const body of elements(table).filter((e) => e.tagName === 'tbody'))
    for (const row of elements(body).filter((e) => e.tagName === 'tr'))
      elements(row).forEach((cell, i) => {
        if (cell.tagName === 'td' && names[i]) cell.properties.dataLabel = names[i];
      });
}

const rehypeProseTables: Plugin<[], Root> = () => (tree) => {
  let heading = '';
  let count = 0;
  visit(tree, (node, index, parent) => {
    if (MDX_ELEMENT.has(node.type)) return SKIP;
    if (node.type !== 'element') return;
    if (HEADING.test(node.tagName)) heading = toString(node).trim();
    if (node.tagName !== 'table' || !parent || index === undefined) return;
    count += 1;
    const names = columnNames(node);
    labelCells(node, names);
    const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
    node.properties.className = [...classes, 'stack-table'];
    const wrapper: Element = {
      type: 'element',
      tagName: 'div',
      properties: {
        className: ['table-scroll'],
        tabIndex: 0,
        role: 'region',
        ariaLabel: heading ? `Table: ${heading}` : `Table ${count}`,
      },
      children: [node as ElementContent],
    };
    parent.children.splice(index, 1, wrapper);
    return SKIP;
  });
};

export default rehypeProseTables;
