/**
 * How many people the human studies behind a finding had, computed from the bibliography's own
 * fields (`participants`: everyone in all groups; `participantsTreated`: of those, given Semax), so
 * the "Evidence at a glance" table never carries a typed figure. Pure: no I/O.
 *
 * Why two numbers: a study of 30 treated and 80 untreated patients has 110 participants but only
 * 30 people given Semax. Showing 110 alone reads as 110 people given Semax.
 */
import type { Reference } from './schemas';

const HUMAN_KINDS: ReadonlySet<Reference['evidence']> = new Set(['human-trial', 'human-observational']);

export interface ParticipantCount {
  /** Human studies among the sources. */
  studies: number;
  /** Sum of `participants` (all groups) over the human studies that give one. */
  allGroups: number;
  /** Sum of `participantsTreated` over the human studies that give one. */
  givenSemax: number;
  /** Human studies that give no total at all. */
  unreported: number;
  /** Human studies that give a total but not how many were given Semax. */
  treatedUnreported: number;
}

export function countParticipants(sources: readonly Reference[]): ParticipantCount {
  const human = sources.filter((r) => HUMAN_KINDS.has(r.evidence));
  const withTotal = human.filter((r) => r.participants !== undefined);
  return {
    studies: human.length,
    allGroups: withTotal.reduce((sum, r) => sum + r.participants!, 0),
    givenSemax: withTotal.reduce((sum, r) => sum + (r.participantsTreated ?? 0), 0),
    unreported: human.length - withTotal.length,
    treatedUnreported: withTotal.filter((r) => r.participantsTreated === undefined).length,
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The table cell: "110 in all groups, 30 given Semax"; "at least" where some study does not say how
 * many it treated; "None" without human studies; "Not reported" when no human study gives a number.
 */
export function describeParticipants(count: ParticipantCount): string {
  if (count.studies === 0) return 'None';
  if (count.allGroups === 0) return 'Not reported';
  const format = new Intl.NumberFormat('en').format;
  let treated: string;
  if (count.treatedUnreported === 0) treated = `${format(count.givenSemax)} given Semax`;
  else if (count.givenSemax > 0) treated = `at least ${format(count.givenSemax)} given Semax`;
  else treated = 'number given Semax not reported';
  const parts = [`${format(count.allGroups)} in all groups, ${treated}`];
  if (count.unreported) parts.push(`plus ${plural(count.unreported, 'study', 'studies')} of unreported size`);
  return parts.join('; ');
}
