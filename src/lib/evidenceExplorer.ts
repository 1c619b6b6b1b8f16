/**
 * The evidence explorer's data: one row per cited sentence of the article, with the kind of evidence,
 * who was studied and how many people, computed from the bibliography records it cites. Nothing here
 * is typed by hand: change a sentence or a record and the explorer follows. The sentences are the
 * ones remark-claim-anchors published while compiling each section (src/lib/pageFacts.ts).
 */
import type { CitedSentence } from './citations';
import { claimSupport, SUPPORT_LABELS, type ClaimSupport } from './independence';
import {
  SOURCE_KIND_GROUPS,
  SOURCE_KIND_STRENGTH_ORDER,
  sourceKindGroupOf,
  type SourceKindGroup,
} from './evidence';
import type { Reference, ReferenceKind } from './schemas';

export interface ExplorerSection {
  id: string;
  title: string;
  path: string;
  /** The section's cited sentences, as remark-claim-anchors published them. */
  sentences: readonly CitedSentence[];
}

export interface ClaimRow {
  text: string;
  sectionId: string;
  sectionTitle: string;
  /** Link to the paragraph, e.g. "/uses/#claim-dpkjmab". */
  href: string;
  /** Strongest kind of evidence among the cited records. */
  kind: ReferenceKind;
  level: SourceKindGroup;
  /** Who or what was studied, from the cited records that say so. */
  populations: string[];
  /** Human participants across the cited human studies that give a number; null when none do. */
  participants: number | null;
  references: Reference[];
  /** Whether a cited source is independent of the developer group (src/lib/independence.ts). */
  support: ClaimSupport;
}

/** Builds the rows; throws naming the section and key if a sentence cites an unknown record. */
export function buildClaimRows(sections: ExplorerSection[], references: Reference[]): ClaimRow[] {
  const byId = new Map(references.map((r) => [r.id, r]));
  return sections.flatMap((section) =>
    section.sentences.map((claim) => {
      const refs = claim.keys.map((key) => {
        const ref = byId.get(key);
        if (!ref) throw new Error(`content/sections/${section.id}.mdx: unknown citation key "${key}"`);
        return ref;
      });
      const kind = [...refs].sort(
        (a, b) =>
          SOURCE_KIND_STRENGTH_ORDER.indexOf(a.evidence) - SOURCE_KIND_STRENGTH_ORDER.indexOf(b.evidence),
      )[0]!.evidence;
      const counted = refs.filter((r) => r.participants !== undefined);
      return {
        text: claim.text,
        sectionId: section.id,
        sectionTitle: section.title,
        href: `${section.path}#${claim.anchor}`,
        kind,
        level: sourceKindGroupOf(kind),
        populations: [...new Set(refs.map((r) => r.population).filter((p): p is string => Boolean(p)))],
        participants: counted.length ? counted.reduce((sum, r) => sum + r.participants!, 0) : null,
        references: refs,
        support: claimSupport(refs),
      };
    }),
  );
}

export interface IndependenceFigure {
  developer: number;
  independent: number;
  unknown: number;
  total: number;
}

/**
 * How many of the cited studies (every cited record except regulatory documents and websites) have at least one
 * author from the group that developed Semax, according to the bibliography's developerNetwork field.
 */
export function sourceIndependence(rows: ClaimRow[]): IndependenceFigure {
  const studies = new Map<string, Reference>();
  for (const row of rows)
    for (const r of row.references)
      if (r.evidence !== 'regulatory' && r.evidence !== 'website') studies.set(r.id, r);
  const count = (value: Reference['developerNetwork']) =>
    [...studies.values()].filter((r) => r.developerNetwork === value).length;
  return {
    developer: count('yes'),
    independent: count('no'),
    unknown: count('unknown'),
    total: studies.size,
  };
}

/**
 * A filter of the explorer: by the kind of evidence, by whether a claim has independent support,
 * or by the section a claim is made in.
 */
export type ExplorerFilter =
  | { kind: 'level'; value: SourceKindGroup; label: string }
  | { kind: 'support'; value: ClaimSupport; label: string }
  | { kind: 'section'; value: string; label: string };

/** How many claims rest on each kind of support. */
export type SupportCounts = Record<ClaimSupport, number>;

export function supportCounts(rows: readonly ClaimRow[]): SupportCounts {
  const counts: SupportCounts = { independent: 0, developer: 0, unknown: 0 };
  for (const row of rows) counts[row.support]++;
  return counts;
}

/** A filter link of the explorer's navigation. */
export interface FilterLink {
  label: string;
  href: string;
}

/** Everything one page of the explorer shows: computed once for all views (getStaticPaths). */
export interface ExplorerView {
  /** URL path, e.g. "/evidence/level/animal/". */
  path: string;
  /** The route parameter: undefined for /evidence/, "level/animal" for a filtered view. */
  param: string | undefined;
  filter: ExplorerFilter | null;
  /** The rows this view lists. */
  rows: ClaimRow[];
  /** The source-independence figure, always over every row. */
  independence: IndependenceFigure;
  /** How many claims (over every row) have independent support, rest on the developer group only, or cannot be told. */
  support: SupportCounts;
  /** The source-independence figure in words, one string so that no space is lost between figures. */
  independenceText: string;
  /** The claims' support in words. */
  supportText: string;
  /** The filter links in their rows (kind of evidence, independence, section), the same on every view. */
  filterRows: { label: string; links: FilterLink[] }[];
  title: string;
  description: string;
  heading: string;
}

/**
 * Every page of the explorer: the full list and one pre-built view per kind of evidence and per
 * section that has claims, so that the filters are plain links and work without JavaScript.
 * `sections` in reading order.
 */
export function explorerViews(
  rows: ClaimRow[],
  sections: { id: string; navLabel: string }[],
): ExplorerView[] {
  const independence = sourceIndependence(rows);
  const levels = (Object.keys(SOURCE_KIND_GROUPS) as SourceKindGroup[]).filter((l) =>
    rows.some((r) => r.level === l),
  );
  const cited = sections.filter((s) => rows.some((r) => r.sectionId === s.id));
  const support = supportCounts(rows);
  // Both main views always exist, even when empty: "no claim rests on the developer group only" is a finding.
  const supports = (['independent', 'developer', 'unknown'] as const).filter(
    (value) => value !== 'unknown' || support.unknown > 0,
  );
  const filters: (ExplorerFilter | null)[] = [
    null,
    ...levels.map((value) => ({ kind: 'level' as const, value, label: SOURCE_KIND_GROUPS[value].label })),
    ...supports.map((value) => ({ kind: 'support' as const, value, label: SUPPORT_LABELS[value].filter })),
    ...cited.map((s) => ({ kind: 'section' as const, value: s.id, label: s.navLabel })),
  ];
  const paramOf = (filter: ExplorerFilter | null) => (filter ? `${filter.kind}/${filter.value}` : undefined);
  const pathOf = (filter: ExplorerFilter | null) => (filter ? `/evidence/${paramOf(filter)}/` : '/evidence/');
  const levelLinks = filters
    .filter((f) => f?.kind === 'level')
    .map((f) => ({ label: f!.label, href: pathOf(f) }));
  const supportLinks = filters
    .filter((f) => f?.kind === 'support')
    .map((f) => ({ label: f!.label, href: pathOf(f) }));
  const sectionLinks = filters
    .filter((f) => f?.kind === 'section')
    .map((f) => ({ label: f!.label, href: pathOf(f) }));
  const filterRows = [
    { label: 'Kind of evidence:', links: [{ label: 'All claims', href: pathOf(null) }, ...levelLinks] },
    { label: 'Independence:', links: supportLinks },
    { label: 'Section:', links: sectionLinks },
  ];
  const claimCount = support.independent + support.developer + support.unknown;
  const supportText =
    `Of the ${claimCount} claims, ${support.independent} have at least one independent source and ` +
    `${support.developer} rest only on sources with an author from the developer group` +
    (support.unknown > 0 ? `; for ${support.unknown} we cannot tell.` : '.');
  const independenceText =
    `Of the ${independence.total} studies and reviews cited, ${independence.developer} have at least one author ` +
    `from the group that developed Semax and ${independence.independent} list none` +
    (independence.unknown > 0 ? `; for ${independence.unknown} we cannot tell.` : '.');
  return filters.map((filter) => {
    const shown = filter
      ? rows.filter((r) =>
          filter.kind === 'level'
            ? r.level === filter.value
            : filter.kind === 'support'
              ? r.support === filter.value
              : r.sectionId === filter.value,
        )
      : rows;
    return {
      path: pathOf(filter),
      param: paramOf(filter),
      filter,
      rows: shown,
      independence,
      support,
      independenceText,
      supportText,
      filterRows,
      title: filter
        ? `Semax evidence explorer: ${filter.label.toLowerCase()}`
        : 'Semax evidence explorer: every claim and its source',
      description: !filter
        ? 'Every claim this guide makes about Semax in one table: the kind of evidence, who was studied, how many people, and the sources.'
        : filter.kind === 'support'
          ? `The ${shown.length} claims about Semax in this guide ${
              filter.value === 'independent'
                ? 'with at least one cited source by authors outside the group that developed it'
                : filter.value === 'developer'
                  ? 'whose every cited source has an author from the group that developed it'
                  : 'whose sources do not let us tell whether they are independent of the developer group'
            }.`
          : filter.kind === 'level'
            ? `The ${shown.length} claims about Semax in this guide whose strongest source is one of the ${filter.label.toLowerCase()}, with who was studied and the sources.`
            : `The ${shown.length} claims about Semax made in the ${filter.label} section of this guide, with the kind of evidence, who was studied and the sources.`,
      heading: filter ? `${filter.label}: ${shown.length} claims` : `All ${shown.length} claims`,
    };
  });
}
