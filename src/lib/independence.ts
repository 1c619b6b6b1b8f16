/**
 * Whose evidence: which cited sources have an author from the group that developed Semax, read only
 * from the bibliography's `developerNetwork` field (the editors set it from the authors listed in
 * each source; "unknown" where a source gives no authors or they could not be checked). One place
 * for the rule, its wording and the counts, so the explorer, the section notes and the tests agree.
 */
import type { Reference } from './schemas';

/** Where the rule is stated in full (the evidence explorer). */
export const INDEPENDENCE_RULE_HREF = '/evidence/#independence';

/** The rule, as readers see it wherever the figures appear. */
export const INDEPENDENCE_RULE =
  'A source counts as independent when none of the authors it lists belongs to the group that developed ' +
  'Semax, and as from the developer group when at least one does; it counts as unknown when it gives no ' +
  'authors or we could not check them. This counts listed authors only; it is not an audit of affiliations or funding.';

export interface IndependenceCounts {
  total: number;
  independent: number;
  developer: number;
  unknown: number;
}

export function independenceCounts(
  records: readonly Pick<Reference, 'developerNetwork'>[],
): IndependenceCounts {
  const count = (value: Reference['developerNetwork']) =>
    records.filter((r) => r.developerNetwork === value).length;
  return {
    total: records.length,
    independent: count('no'),
    developer: count('yes'),
    unknown: count('unknown'),
  };
}

/**
 * A claim's support: "independent" with at least one independent source, "developer" when every
 * source has a developer-group author, "unknown" otherwise (no independent source and at least one
 * that cannot be told).
 */
export type ClaimSupport = 'independent' | 'developer' | 'unknown';

export function claimSupport(records: readonly Pick<Reference, 'developerNetwork'>[]): ClaimSupport {
  if (records.some((r) => r.developerNetwork === 'no')) return 'independent';
  if (records.length > 0 && records.every((r) => r.developerNetwork === 'yes')) return 'developer';
  return 'unknown';
}

/** Labels of the explorer's independence filters and of the mark on each claim. */
export const SUPPORT_LABELS: Record<ClaimSupport, { filter: string; mark: string }> = {
  independent: { filter: 'Independent support', mark: 'At least one independent source' },
  developer: { filter: 'Developer group only', mark: 'Developer group only' },
  unknown: { filter: 'Independence unknown', mark: 'Independence unknown' },
};

/** The note under a graded finding on a section page. */
export function independenceNote({ total, independent, developer, unknown }: IndependenceCounts): string {
  if (total === 0) return 'Independent sources: none cited under this heading.';
  const others = [`${developer} with an author from the developer group`];
  if (unknown) others.push(`${unknown} unknown`);
  return `Independent sources: ${independent} of the ${total} cited here (${others.join(', ')}).`;
}
