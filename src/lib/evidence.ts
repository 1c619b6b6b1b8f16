/**
 * Evidence levels: how they read on the page and in the overview table. One place, so the label
 * next to a heading and the overview table always use the same words.
 */
import type { EvidenceLevel, Finding } from './schemas';

/** Visible label for each level, strongest first. */
export const EVIDENCE_LABELS: Record<EvidenceLevel, string> = {
  'small-human': 'Small human trials',
  animal: 'Animal studies only',
  cell: 'Cell studies only',
  none: 'No studies found',
};

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
      levelLabel: EVIDENCE_LABELS[finding.level],
      sources: finding.sources,
      verdict: finding.verdict,
      href: `${path}#${finding.anchor}`,
    })),
  );
}
