/**
 * The one evidence vocabulary of the site, in two distinct parts that must not be confused:
 *
 * - **kinds of source** (`ReferenceKind`, a bibliography record's `evidence`): what a cited work is
 *   (a cell study, an animal study, a human trial, a review, ...). Shown next to each reference, as
 *   the groups of /references/ and as the explorer's filters.
 * - **levels of finding** (`EvidenceLevel`, a finding's `level`): how strong the best evidence
 *   behind one graded finding of a section is. Shown under the finding's heading, in the overview
 *   table and on the link-preview image.
 *
 * Every label and order of either lives here, so that a word changed once changes everywhere.
 */
import type { EvidenceLevel, Finding, ReferenceKind } from './schemas';

/** Visible label of each level of finding, strongest first. */
export const FINDING_LEVEL_LABELS: Record<EvidenceLevel, string> = {
  'small-human': 'Small human trials',
  animal: 'Animal studies only',
  cell: 'Cell studies only',
  none: 'No studies found',
};

/**
 * How /claims/ grades a claim readers meet elsewhere: by a level of finding, or by regulatory papers
 * for a legal claim.
 */
export const CLAIM_EVIDENCE_LABELS = { ...FINDING_LEVEL_LABELS, regulatory: 'Regulatory sources' } as const;

/** Label of each kind of source, singular (next to one reference) and plural (group headings). */
export const SOURCE_KIND_LABELS: Record<ReferenceKind, { one: string; many: string }> = {
  cell: { one: 'Cell study', many: 'Cell studies' },
  animal: { one: 'Animal study', many: 'Animal studies' },
  'human-trial': { one: 'Human trial', many: 'Human trials' },
  'human-observational': { one: 'Observational human study', many: 'Observational human studies' },
  review: { one: 'Review', many: 'Reviews' },
  regulatory: { one: 'Regulatory document', many: 'Regulatory documents' },
  website: { one: 'Website', many: 'Websites' },
};

/** Kinds of source in the order the /references/ page lists them: studies in people first. */
export const SOURCE_KIND_LIST_ORDER: readonly ReferenceKind[] = [
  'human-trial',
  'human-observational',
  'review',
  'animal',
  'cell',
  'regulatory',
  'website',
];

/**
 * Kinds of source from strongest to weakest evidence about effects in people, for picking a cited
 * sentence's strongest source. Unlike SOURCE_KIND_LIST_ORDER, reviews rank below primary animal and
 * cell data here, because they add no data of their own.
 */
export const SOURCE_KIND_STRENGTH_ORDER: readonly ReferenceKind[] = [
  'human-trial',
  'human-observational',
  'animal',
  'cell',
  'review',
  'regulatory',
  'website',
];

/** One group of kinds of source as the evidence explorer filters by it, with its labels. */
const group = (kind: Exclude<ReferenceKind, 'human-trial' | 'human-observational'>) => ({
  label: SOURCE_KIND_LABELS[kind].many,
  one: SOURCE_KIND_LABELS[kind].one,
  kinds: [kind],
});

/**
 * The evidence explorer's groups of kinds of source (/evidence/level/<group>/): each kind on its
 * own, except the two kinds of human study, which form one group.
 */
export const SOURCE_KIND_GROUPS = {
  human: { label: 'Human studies', one: 'Human study', kinds: ['human-trial', 'human-observational'] },
  animal: group('animal'),
  cell: group('cell'),
  review: group('review'),
  regulatory: group('regulatory'),
  website: group('website'),
} as const satisfies Record<string, { label: string; one: string; kinds: readonly ReferenceKind[] }>;
export type SourceKindGroup = keyof typeof SOURCE_KIND_GROUPS;

/** The explorer group a kind of source belongs to. */
export function sourceKindGroupOf(kind: ReferenceKind): SourceKindGroup {
  const entry = Object.entries(SOURCE_KIND_GROUPS).find(([, g]) =>
    (g.kinds as readonly string[]).includes(kind),
  );
  return entry![0] as SourceKindGroup;
}

/** One row of the overview's "Evidence at a glance" table. */
export interface EvidenceRow {
  label: string;
  level: EvidenceLevel;
  levelLabel: string;
  verdict: string;
  /** Bibliography ids the verdict rests on (shown as citation markers). */
  sources: string[];
  /** Link to the subsection that discusses it, e.g. "/uses/#stroke". */
  href: string;
}

/**
 * Builds the overview table from the `findings` frontmatter of the sections, in page order.
 * The same frontmatter drives the labels next to the headings (rehype-evidence-labels), so the
 * table and the sections cannot disagree.
 */
export function buildEvidenceRows(sections: { path: string; findings: Finding[] }[]): EvidenceRow[] {
  return sections.flatMap(({ path, findings }) =>
    findings.map((finding) => ({
      label: finding.label,
      level: finding.level,
      levelLabel: FINDING_LEVEL_LABELS[finding.level],
      sources: finding.sources,
      verdict: finding.verdict,
      href: `${path}#${finding.anchor}`,
    })),
  );
}
