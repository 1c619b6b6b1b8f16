import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Element, Nodes } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parseFacts } from '@/lib/facts';
import { countParticipants, describeParticipants } from '@/lib/participants';
import { parseReferences, parseSection, type Reference } from '@/lib/schemas';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { loadBibliography } from '@/lib/loadContent';
import remarkEvidenceTable from '@/plugins/remark-evidence-table';
import remarkFactsBox from '@/plugins/remark-facts-box';
import { renderMdx } from './renderMdx';

const REFS = 'content/references.json';
const references = parseReferences(REFS, JSON.parse(readFileSync(REFS, 'utf8')));
const byId = new Map(references.map((r) => [r.id, r]));
const sectionFiles = readdirSync('content/sections').filter((f) => f.endsWith('.mdx'));
const findingsOf = (file: string) =>
  parseSection(file, parseFrontmatter(readFileSync(file, 'utf8')).frontmatter).findings;

/** The MDX compiled by the build's own plugin lists, with the real (or an edited) bibliography. */
const render = (source: string, referencesFile = REFS) =>
  renderMdx(source, {
    path: 'content/sections/overview.mdx',
    bibliography: loadBibliography(referencesFile),
  });
/** Runs one data plugin alone on an MDX text, for its error messages with other inputs. */
const runPlugin = async (
  source: string,
  plugin: typeof remarkEvidenceTable | typeof remarkFactsBox,
  options: object,
) => {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(plugin as typeof remarkEvidenceTable, { bibliography: loadBibliography(REFS), ...options });
  await processor.run(processor.parse(source));
};
/** Elements under `root` matching a tag name and, optionally, a class. */
function find(root: Nodes, tagName: string, className?: string): Element[] {
  const found: Element[] = [];
  visit(root, 'element', (node: Element) => {
    const classes = (node.properties.className as string[] | undefined) ?? [];
    if (node.tagName === tagName && (!className || classes.includes(className))) found.push(node);
  });
  return found;
}
/** The body rows of the first table, each as its cells (th and td). */
const rowsOf = (html: string) =>
  find(find(fromHtml(html, { fragment: true }), 'tbody')[0]!, 'tr').map((tr) =>
    tr.children.filter(
      (c): c is Element => c.type === 'element' && (c.tagName === 'th' || c.tagName === 'td'),
    ),
  );
/** The citation links inside a cell. */
const markersIn = (cell: Element) => find(cell, 'a', 'cite-link');

describe('findings name their sources', () => {
  it('every finding of every section has sources, and each is a record of the bibliography', () => {
    let count = 0;
    for (const file of sectionFiles) {
      for (const finding of findingsOf(`content/sections/${file}`)) {
        count += 1;
        expect(finding.sources.length, `${file} ${finding.anchor}`).toBeGreaterThan(0);
        for (const key of finding.sources)
          expect(byId.has(key), `${file} ${finding.anchor}: ${key}`).toBe(true);
      }
    }
    expect(count).toBeGreaterThanOrEqual(20);
  });

  it('a finding without sources is rejected by the schema, naming the field', () => {
    expect(() =>
      parseSection('x.mdx', {
        title: 'A section',
        headTitle: 'A section title long enough for the schema',
        description: 'A description that is long enough for the schema to accept it.',
        order: 9,
        navLabel: 'X',
        lastReviewed: '2026-12-03',
        findings: [{ anchor: 'a', label: 'Abc', level: 'animal', verdict: 'A verdict.', sources: [] }],
      }),
    ).toThrow(/x\.mdx: findings\.0\.sources: a finding needs at least one source/);
  });

  it('a source that is not in the bibliography fails the build, naming the file and the finding', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'findings-'));
    const file = path.join(dir, 'uses.mdx');
    const uses = readFileSync('content/sections/uses.mdx', 'utf8').replace(
      'sources: [gusev2005cvi]',
      'sources: [nosuchrecord1999]',
    );
    writeFileSync(file, uses);
    await expect(runPlugin('<EvidenceTable />', remarkEvidenceTable, { sectionsDir: dir })).rejects.toThrow(
      /uses\.mdx: findings\[cerebrovascular\]\.sources: no record "nosuchrecord1999"/,
    );
  });
});

describe('"Evidence at a glance" on the real content', () => {
  it('has one row per finding of the uses section, and no verdict without citation markers', async () => {
    const findings = findingsOf('content/sections/uses.mdx');
    const rows = rowsOf(await render('<EvidenceTable />'));
    expect(rows).toHaveLength(findings.length);
    rows.forEach((cells, i) => {
      const verdict = cells[3]!;
      const markers = markersIn(verdict);
      expect(markers.length, `${findings[i]!.anchor}: one marker per source`).toBe(
        findings[i]!.sources.length,
      );
      expect(markers.map((a) => a.properties.href)).toEqual(findings[i]!.sources.map((key) => `#ref-${key}`));
    });
  });

  it('shows what the people column counts, computed from the bibliography fields of the cited human studies', async () => {
    const findings = findingsOf('content/sections/uses.mdx');
    const rows = rowsOf(await render('<EvidenceTable />'));
    const stroke = findings.findIndex((f) => f.anchor === 'stroke');
    // An oracle written here, independently of src/lib/participants.ts.
    const human = findings[stroke]!.sources.map((k) => byId.get(k)!).filter((r) =>
      r.evidence.startsWith('human'),
    );
    const total = human.reduce((sum, r) => sum + (r.participants ?? 0), 0);
    const treated = human.reduce((sum, r) => sum + (r.participantsTreated ?? 0), 0);
    expect(total).toBeGreaterThan(treated);
    expect(toString(rows[stroke]![2]!)).toContain(`${total} in all groups, at least ${treated} given Semax`);
    const adhd = findings.findIndex((f) => f.anchor === 'adhd');
    expect(toString(rows[adhd]![2]!)).toBe('None');
  });

  it('changes when a record changes: the figure is not typed anywhere', async () => {
    const edited: Reference[] = references.map((r) =>
      r.id === 'gusev2005cvi' ? { ...r, participants: 200, participantsTreated: 150 } : r,
    );
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'refs-')), 'references.json');
    writeFileSync(file, JSON.stringify(edited));
    const cerebrovascular = findingsOf('content/sections/uses.mdx').findIndex(
      (f) => f.anchor === 'cerebrovascular',
    );
    const before = rowsOf(await render('<EvidenceTable />'))[cerebrovascular]!;
    const after = rowsOf(await render('<EvidenceTable />', file))[cerebrovascular]!;
    expect(toString(before[2]!)).toBe('187 in all groups, number given Semax not reported');
    expect(toString(after[2]!)).toBe('200 in all groups, 150 given Semax');
  });
});

describe('countParticipants and describeParticipants', () => {
  const ref = (id: string, evidence: Reference['evidence'], extra: Partial<Reference> = {}) =>
    ({ id, evidence, developerNetwork: 'yes', ...extra }) as Reference;
  it('reads "None" without human studies and "Not reported" when none gives a number', () => {
    expect(describeParticipants(countParticipants([ref('a', 'animal')]))).toBe('None');
    expect(describeParticipants(countParticipants([ref('h', 'human-trial')]))).toBe('Not reported');
  });
  it('adds all groups and treated people, and says "at least" and "unreported size" where it must', () => {
    const count = countParticipants([
      ref('a', 'human-trial', { participants: 110, participantsTreated: 30 }),
      ref('b', 'human-observational', { participants: 48, participantsTreated: 48 }),
      ref('c', 'human-trial', { participants: 1200 }),
      ref('d', 'human-trial'),
      ref('e', 'review', { participants: 999 }),
    ]);
    expect(describeParticipants(count)).toBe(
      '1,358 in all groups, at least 78 given Semax; plus 1 study of unreported size',
    );
  });
});

describe('the facts box', () => {
  const facts = parseFacts('content/facts.json', JSON.parse(readFileSync('content/facts.json', 'utf8')));

  it('cites every fact: one row per fact, each with as many markers as sources', async () => {
    const rows = rowsOf(await render('<FactsBox />'));
    expect(rows).toHaveLength(facts.length);
    rows.forEach((cells, i) => {
      expect(toString(cells[0]!)).toBe(facts[i]!.label);
      expect(markersIn(cells[1]!)).toHaveLength(facts[i]!.sources.length);
    });
  });

  it('prints no PubChem number, the one identifier the copies disagree on', () => {
    expect(JSON.stringify(facts)).not.toMatch(/PubChem|122178|9811102/);
  });

  it('fails on a fact whose source is not in the bibliography, naming the file and the fact', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'facts-'));
    const file = path.join(dir, 'facts.json');
    writeFileSync(file, JSON.stringify([{ ...facts[0]!, sources: ['nosuchrecord1999'] }]));
    await expect(runPlugin('<FactsBox />', remarkFactsBox, { factsFile: file })).rejects.toThrow(
      /facts\.json \[sequence\]: sources: no record "nosuchrecord1999"/,
    );
  });
});
