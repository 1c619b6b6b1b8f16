/**
 * The evidence explorer's data: one row per cited sentence of the article, with the kind of evidence,
 * who was studied and how many people, computed from the bibliography records it cites. Nothing here
 * is typed by hand: change a sentence or a record and the explorer follows. The sentences are the
 * ones remark-claim-anchors published while compiling each section (src/lib/pageFacts.ts).
 */
import type { CitedSentence } from './citations';
import { claimSupport, SUPPORT_LABELS, type ClaimSupport } from './independence';
import type { Reference, ReferenceKind } from './schemas';

/**
 * Reference kinds from strongest to weakest evidence about effects in people, for picking a claim's
 * strongest source (unlike EVIDENCE_ORDER in formatReference.ts, the page order, reviews rank below
 * primary animal and cell data here because they add no data of their own).
 */
export const KIND_ORDER: readonly ReferenceKind[] = [
  'human-trial',
  'human-observational',
  'animal',
  'cell',
  'review',
  'regulatory',
  'website',
];

/** Filter groups of the explorer, with their labels (human studies form one group). */
export const LEVEL_FILTERS = {
  human: { label: 'Human studies', one: 'Human study', kinds: ['human-trial', 'human-observational'] },
  animal: { label: 'Animal studies', one: 'Animal study', kinds: ['animal'] },
  cell: { label: 'Cell studies', one: 'Cell study', kinds: ['cell'] },
  review: { label: 'Reviews', one: 'Review', kinds: ['review'] },
  regulatory: { label: 'Regulatory documents', one: 'Regulatory document', kinds: ['regulatory'] },
  website: { label: 'Websites', one: 'Website', kinds: ['website'] },
} as const satisfies Record<string, { label: string; one: string; kinds: readonly ReferenceKind[] }>;
export type LevelFilter = keyof typeof LEVEL_FILTERS;

export function levelFilterOf(kind: ReferenceKind): LevelFilter {
  const entry = Object.entries(LEVEL_FILTERS).find(([, f]) => (f.kinds as readonly string[]).includes(kind));
  return entry![0] as LevelFilter;
}

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
  level: LevelFilter;
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
        (a, b) => KIND_ORDER.indexOf(a.evidence) - KIND_ORDER.indexOf(b.evidence),
      )[0]!.evidence;
      const counted = refs.filter((r) => r.participants !== undefined);
      return {
        text: claim.text,
        sectionId: section.id,
        sectionTitle: section.title,
        href: `${section.path}#${claim.anchor}`,
        kind,
        level: levelFilterOf(kind),
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
  | { kind: 'level'; value: LevelFilter; label: string }
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
  /** The filter links, the same on every view. */
  levelLinks: FilterLink[];
  supportLinks: FilterLink[];
  sectionLinks: FilterLink[];
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
  const levels = (Object.keys(LEVEL_FILTERS) as LevelFilter[]).filter((l) => rows.some((r) => r.level === l));
  const cited = sections.filter((s) => rows.some((r) => r.sectionId === s.id));
  const support = supportCounts(rows);
  // Both main views always exist, even when empty: "no claim rests on the developer group only" is a finding.
  const supports = (['independent', 'developer', 'unknown'] as const).filter(
    (value) => value !== 'unknown' || support.unknown > 0,
  );
  const filters: (ExplorerFilter | null)[] = [
    null,
    ...levels.map((value) => ({ kind: 'level' as const, value, label: LEVEL_FILTERS[value].label })),
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
      levelLinks,
      supportLinks,
      sectionLinks,
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
