/**
 * remark-evidence-table: fills `<EvidenceTable />` (and `<EvidenceTable section="mechanisms" />`)
 * with the "Evidence at a glance" table, built from that section's `findings` frontmatter, and
 * checks that every finding of the page being compiled names sources that exist.
 *
 * Why a remark plugin and not only the component: each verdict carries citation markers, and
 * markers are numbered per page by remark-citations, which sees Markdown text only. So this plugin
 * writes each verdict as text ending in `[@key; @key]` inside a GFM table, *before* remark-citations
 * runs (register it first); the markers and the page's References list then come out exactly as
 * for any sentence. The component only wraps the table (caption, scroll region, styles).
 *
 * The people column is computed from the sources' bibliography fields (src/lib/participants.ts),
 * never typed. The findings of another section are read from that file's frontmatter only (the
 * YAML block, not its MDX body).
 */
import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { buildEvidenceRows } from '../lib/evidence';
import { countParticipants, describeParticipants } from '../lib/participants';
import type { Bibliography } from '../lib/loadContent';
import { findingSchema, parseSection } from '../lib/schemas';
import { sectionPath } from '../site';

export interface RemarkEvidenceTableOptions {
  /** The validated bibliography (src/lib/loadContent.ts), loaded once in astro.config.mjs. */
  bibliography: Bibliography;
  /** Where the section files are, relative to the working directory. */
  sectionsDir?: string;
}

/** Column headings of the table, in order. The people column says what it counts. */
export const EVIDENCE_TABLE_COLUMNS = [
  'Proposed use',
  'Strongest evidence',
  'People in the human studies',
  'Verdict, with its sources',
] as const;

export const text = (value: string): PhrasingContent => ({ type: 'text', value });
export const cell = (children: PhrasingContent[], data?: TableCell['data']): TableCell => ({
  type: 'tableCell',
  children,
  ...(data ? { data } : {}),
});

/** Throws, naming the file and the finding, when a finding cites a record that does not exist. */
function checkSources(file: string, findings: { anchor: string; sources: string[] }[], byId: Bibliography) {
  const problems = findings.flatMap((f) =>
    f.sources
      .filter((key) => !byId.get(key))
      .map((key) => `${file}: findings[${f.anchor}].sources: no record "${key}" in the bibliography`),
  );
  if (problems.length) throw new Error(problems.join('\n'));
}

function sectionFindings(dir: string, id: string, byId: Bibliography) {
  const file = `${dir}/${id}.mdx`;
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`<EvidenceTable section="${id}" />: ${file} does not exist`);
  }
  const data = parseSection(file, parseFrontmatter(source).frontmatter);
  checkSources(file, data.findings, byId);
  return data.findings;
}

/** The GFM table: a header row, then one row per finding whose first cell is its row header. */
function buildTable(
  sectionId: string,
  findings: ReturnType<typeof sectionFindings>,
  byId: Bibliography,
  cite = true,
): Table {
  const rows = buildEvidenceRows([{ path: sectionPath(sectionId), findings }]);
  const header: TableRow = {
    type: 'tableRow',
    children: EVIDENCE_TABLE_COLUMNS.map((label, i) =>
      cell([text(i === 3 && !cite ? 'Verdict' : label)], { hProperties: { scope: 'col' } }),
    ),
  };
  const body = rows.map((row): TableRow => ({
    type: 'tableRow',
    data: { hProperties: { dataLevel: row.level } },
    children: [
      cell([{ type: 'link', url: row.href, children: [text(row.label)] }], {
        hName: 'th',
        hProperties: { scope: 'row' },
      }),
      cell([text(row.levelLabel)], { hProperties: { dataLabel: EVIDENCE_TABLE_COLUMNS[1] } }),
      cell([text(describeParticipants(countParticipants(row.sources.map((key) => byId.get(key)!))))], {
        hProperties: { dataLabel: EVIDENCE_TABLE_COLUMNS[2] },
      }),
      // remark-citations turns the keys into numbered markers, as in any sentence of the page; they
      // go before the verdict's full stop, as in the article's sentences.
      cell([
        text(
          cite
            ? `${row.verdict.replace(/\.$/, '')} [${row.sources.map((key) => `@${key}`).join('; ')}].`
            : row.verdict,
        ),
      ]),
    ],
  }));
  return {
    type: 'table',
    align: [null, null, null, null],
    // The caption is the component's; this id is how it names the table too.
    // stack-table: phones show each row as a card, its cells labelled by data-label.
    data: {
      hProperties: {
        ariaLabelledBy: [`evidence-table-caption-${sectionId}`],
        className: ['evidence-table', 'stack-table'],
      },
    },
    children: [header, ...body],
  };
}

const fileName = (file: VFile) => file.path ?? '(MDX input)';

const remarkEvidenceTable: Plugin<[RemarkEvidenceTableOptions], Root> = (options) => {
  const sectionsDir = options.sectionsDir ?? 'content/sections';
  return (tree, file) => {
    const byId = options.bibliography;
    const own = (file.data as { astro?: { frontmatter?: { findings?: unknown } } }).astro?.frontmatter
      ?.findings;
    if (Array.isArray(own))
      checkSources(
        fileName(file),
        own.map((f) => findingSchema.parse(f)),
        byId,
      );

    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
      if (node.name !== 'EvidenceTable') return;
      const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'section');
      const sectionId = typeof attribute?.value === 'string' ? attribute.value : 'uses';
      // citations="off" (the printed handout only): the verdicts without markers, because fifty
      // numbered sources do not fit on two printed pages; the handout points to the cited table.
      const cite = !node.attributes.some(
        (a) => a.type === 'mdxJsxAttribute' && a.name === 'citations' && a.value === 'off',
      );
      node.children = [
        buildTable(sectionId, sectionFindings(sectionsDir, sectionId, byId), byId, cite),
      ] as RootContent[] as MdxJsxFlowElement['children'];
    });
  };
};

export default remarkEvidenceTable;
