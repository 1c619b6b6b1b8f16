/**
 * remark-facts-box: fills `<FactsBox />` with a two-column table built from content/facts.json,
 * one row per fact: the label as row header, then the value, how sure we are, and `[@key]`
 * citations that remark-citations numbers like any other sentence of the page (so register this
 * plugin before it, as remark-evidence-table). The component adds only the caption and the frame.
 * A fact whose source is not in the bibliography fails the build, naming the file and the fact.
 */
import { readFileSync } from 'node:fs';
import type { Root, RootContent, Table, TableRow } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { parseFacts, type Fact } from '../lib/facts';
import type { Bibliography } from '../lib/loadContent';
import { cell, text } from './remark-evidence-table';

export interface RemarkFactsBoxOptions {
  /** The validated bibliography (src/lib/loadContent.ts), loaded once in astro.config.mjs. */
  bibliography: Bibliography;
  /** The facts, relative to the working directory. */
  factsFile?: string;
}

export const FACTS_BOX_CAPTION_ID = 'facts-box-caption';

function buildTable(facts: Fact[]): Table {
  const rows = facts.map((fact): TableRow => ({
    type: 'tableRow',
    data: { hProperties: { id: `fact-${fact.id}` } },
    children: [
      cell([text(fact.label)], { hName: 'th', hProperties: { scope: 'row' } }),
      cell([
        { type: 'strong', children: [text(fact.value)] },
        // One sentence per fact, so that its markers cite the value and where it was seen together.
        text(
          ` — ${fact.certainty.charAt(0).toLowerCase()}${fact.certainty.slice(1)} [${fact.sources.map((key) => `@${key}`).join('; ')}].`,
        ),
      ]),
    ],
  }));
  const header: TableRow = {
    type: 'tableRow',
    children: [
      cell([text('Fact')], { hProperties: { scope: 'col' } }),
      cell([text('Value, where it was seen and how sure we are')], { hProperties: { scope: 'col' } }),
    ],
  };
  return {
    type: 'table',
    align: [null, null],
    data: { hProperties: { ariaLabelledBy: [FACTS_BOX_CAPTION_ID] } },
    children: [header, ...rows],
  };
}

const remarkFactsBox: Plugin<[RemarkFactsBoxOptions], Root> = (options) => {
  const factsFile = options.factsFile ?? 'content/facts.json';
  return (tree) => {
    let facts: Fact[] | undefined;
    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
      if (node.name !== 'FactsBox') return;
      if (!facts) {
        facts = parseFacts(factsFile, JSON.parse(readFileSync(factsFile, 'utf8')));
        const byId = options.bibliography;
        const unknown = facts.flatMap((f) =>
          f.sources
            .filter((key) => !byId.get(key))
            .map((key) => `${factsFile} [${f.id}]: sources: no record "${key}" in ${byId.file}`),
        );
        if (unknown.length) throw new Error(unknown.join('\n'));
      }
      node.children = [buildTable(facts)] as RootContent[] as MdxJsxFlowElement['children'];
    });
  };
};

export default remarkFactsBox;
