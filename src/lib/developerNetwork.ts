/**
 * How many of the studies a page set cites have an author from the group that developed Semax,
 * from the bibliography's `developerNetwork` field, so the text never carries a typed count.
 * Studies are every record except regulatory documents and websites. Pure: no I/O.
 */
import type { Reference } from './schemas';

export interface DeveloperNetworkCount {
  total: number;
  /** At least one listed author is from the developer group ("at least": lists can be shortened). */
  developer: number;
  /** No listed author is. */
  independent: number;
  /** No author list to check. */
  unknown: number;
}

const NOT_STUDIES: ReadonlySet<Reference['evidence']> = new Set(['regulatory', 'website']);
const HUMAN: ReadonlySet<Reference['evidence']> = new Set(['human-trial', 'human-observational']);

export function countDeveloperNetwork(records: readonly Reference[]): DeveloperNetworkCount {
  const count = (value: Reference['developerNetwork']) =>
    records.filter((r) => r.developerNetwork === value).length;
  return {
    total: records.length,
    developer: count('yes'),
    independent: count('no'),
    unknown: count('unknown'),
  };
}

/** The cited studies, and the human studies among them. */
export function citedStudies(records: readonly Reference[]): { all: Reference[]; human: Reference[] } {
  const all = records.filter((r) => !NOT_STUDIES.has(r.evidence));
  return { all, human: all.filter((r) => HUMAN.has(r.evidence)) };
}
