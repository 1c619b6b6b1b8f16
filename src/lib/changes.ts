/**
 * The changes log (content/changes/*.md): what changed in the guide, when and why. The schema
 * (src/lib/schemas.ts, changeSchema) checks each entry's own fields; checkChanges() checks what a
 * schema cannot see, that every section and claim an entry names exists in the article as built,
 * and fails the build naming the file. Pure, so that unit tests can run it on fixtures.
 */
import { isoDay } from './dates';
import type { ChangeData } from './schemas';

/** One entry as the routes use it. */
export interface ChangeEntry extends ChangeData {
  /** File name without ".md": the entry's fragment on /changes/ and part of its feed id. */
  id: string;
  /** The file, for messages ("content/changes/2026-12-03-second-edition.md"). */
  file: string;
}

/** What checkChanges() needs to know about one section of the article. */
export interface SectionAnchors {
  id: string;
  /** The section's claim anchors as built now, and the old ids its anchorAliases keep alive. */
  claimAnchors: ReadonlySet<string>;
}

/**
 * The anchors a change entry may name in one section: the claim ids of its cited paragraphs as
 * built now, and the old ids its anchorAliases keep landing (numbered `claim-N` links of the first
 * editions, ids of reworded paragraphs). `current` maps each of them to the paragraph's id now, so
 * that /changes/ can show the paragraph's words for an old id too.
 */
export function sectionAnchors(
  id: string,
  claims: readonly string[],
  anchorAliases: Readonly<Record<string, string>>,
): SectionAnchors & { current: Map<string, string> } {
  const current = new Map(claims.map((anchor) => [anchor, anchor]));
  for (const [alias, target] of Object.entries(anchorAliases))
    if (target.startsWith('claim-') && !current.has(alias)) current.set(alias, current.get(target) ?? target);
  return { id, claimAnchors: new Set(current.keys()), current };
}

/**
 * Throws one error listing every entry that names a section or a claim the article does not have,
 * each line with the file; returns the entries newest first (same day: by id) when all are sound.
 */
export function checkChanges(
  entries: readonly ChangeEntry[],
  sections: readonly SectionAnchors[],
): ChangeEntry[] {
  const byId = new Map(sections.map((s) => [s.id, s]));
  const problems: string[] = [];
  for (const entry of entries) {
    for (const id of entry.sections)
      if (!byId.has(id))
        problems.push(
          `${entry.file}: sections: unknown section "${id}" (known: ${[...byId.keys()].join(', ')})`,
        );
    for (const claim of entry.claims) {
      const [sectionId, anchor] = claim.split('#') as [string, string];
      const section = byId.get(sectionId);
      if (!section) problems.push(`${entry.file}: claims: "${claim}" names unknown section "${sectionId}"`);
      else if (!section.claimAnchors.has(anchor))
        problems.push(`${entry.file}: claims: "${claim}" is not a cited paragraph of ${sectionId}`);
      else if (!entry.sections.includes(sectionId))
        problems.push(
          `${entry.file}: claims: "${claim}" is in ${sectionId}, which is not listed in sections`,
        );
    }
  }
  if (problems.length) throw new Error(problems.join('\n'));
  return [...entries].sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id));
}

/** The entries that touch one section, newest first. */
export const changesOf = (entries: readonly ChangeEntry[], sectionId: string): ChangeEntry[] =>
  entries.filter((entry) => entry.sections.includes(sectionId));

/** The fragment of an entry on /changes/. */
export const changeAnchor = (id: string) => `change-${id}`;

/** The entries of one day, for the "Updated" line of a section page. */
export interface ChangeDay {
  /** YYYY-MM-DD (UTC), the `datetime` of the line. */
  day: string;
  date: Date;
  entries: ChangeEntry[];
}

/**
 * Entries grouped by the day they were published, newest day first, each day's entries in the
 * order given. A second edition can bring a dozen entries on one day; a section page shows one
 * line per day (its entries folded under it) so that its first screen does not grow with the log.
 */
export function changesByDay(entries: readonly ChangeEntry[]): ChangeDay[] {
  const days = new Map<string, ChangeDay>();
  for (const entry of entries) {
    const day = isoDay(entry.date);
    const group = days.get(day) ?? { day, date: entry.date, entries: [] };
    group.entries.push(entry);
    days.set(day, group);
  }
  return [...days.values()].sort((a, b) => b.date.getTime() - a.date.getTime());
}
