/**
 * Taking a new edition of the editors' bibliography into the site: the records of the shared file
 * (`../shared/sources/semax-references.json`) replace those of `content/references.json`, except for
 * the fields this project adds to each record (PROJECT_FIELDS), which are kept. Pure: no I/O, no
 * Astro, only erasable TypeScript, so `scripts/sync-references.mjs` runs it under plain Node 24 and
 * the unit tests run it on fixtures. The schema check is passed in (`validate`) for the same reason.
 */

/** A bibliography record as JSON: an id and any other fields. */
export type RawRecord = { id: string } & Record<string, unknown>;

/**
 * Fields that are ours, not the editors': written from each record's own `design` and `note` for the
 * evidence explorer and the overview table. A new edition never carries them, so they are kept.
 */
export const PROJECT_FIELDS = [
  'population',
  'participants',
  'participantsTreated',
  'participantsNote',
] as const;

export interface ChangedRecord {
  id: string;
  /** The editors' fields whose value differs between the two editions, in alphabetical order. */
  fields: string[];
}

export interface SyncResult {
  /** The new content/references.json: the edition's records in the edition's order, with our fields. */
  records: RawRecord[];
  added: string[];
  changed: ChangedRecord[];
  removed: string[];
  /** Records of the edition that were already identical. */
  unchanged: number;
  /** Removed records that carried fields of ours, which are lost with them (listed so no one is surprised). */
  lostProjectFields: string[];
}

const isProjectField = (key: string) => (PROJECT_FIELDS as readonly string[]).includes(key);

/** Order-insensitive for object keys, order-sensitive for arrays, as JSON equality should be. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return (
      ka.length === kb.length &&
      ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
    );
  }
  return false;
}

function asRecords(file: string, data: unknown): RawRecord[] {
  if (!Array.isArray(data)) throw new Error(`${file}: (root): must be an array of CSL-JSON records`);
  return data.map((raw, index) => {
    if (!raw || typeof raw !== 'object' || typeof (raw as { id?: unknown }).id !== 'string') {
      throw new Error(`${file} [#${index}]: id: every record needs a string id`);
    }
    return raw as RawRecord;
  });
}

/**
 * Merges an edition into the current bibliography and reports the differences. `validate` is the
 * site's schema check (parseReferences); it must throw on a record it rejects, and then the sync
 * throws too, naming the edition's file, the record and the field, and nothing is written.
 * A field of ours in the edition itself is an error: the editors do not own those fields.
 */
export function syncReferences(options: {
  edition: unknown;
  editionFile: string;
  current: unknown;
  currentFile: string;
  validate: (file: string, records: unknown) => unknown;
}): SyncResult {
  const edition = asRecords(options.editionFile, options.edition);
  const current = asRecords(options.currentFile, options.current);
  const byId = new Map(current.map((r) => [r.id, r]));
  const editionIds = new Set(edition.map((r) => r.id));

  const ours = edition.flatMap((r) =>
    Object.keys(r)
      .filter(isProjectField)
      .map((k) => `${r.id}.${k}`),
  );
  if (ours.length) {
    throw new Error(
      `${options.editionFile}: ${ours.join(', ')}: these fields belong to the site (content/references.json), not to the edition`,
    );
  }

  const added: string[] = [];
  const changed: ChangedRecord[] = [];
  let unchanged = 0;
  const records = edition.map((record) => {
    const old = byId.get(record.id);
    if (!old) {
      added.push(record.id);
      return record;
    }
    const keys = new Set([...Object.keys(record), ...Object.keys(old)].filter((k) => !isProjectField(k)));
    const fields = [...keys].filter((k) => !sameJson(record[k], old[k])).sort();
    if (fields.length) changed.push({ id: record.id, fields });
    else unchanged += 1;
    const kept = Object.fromEntries(PROJECT_FIELDS.filter((k) => k in old).map((k) => [k, old[k]]));
    return { ...record, ...kept } as RawRecord;
  });
  const removedRecords = current.filter((r) => !editionIds.has(r.id));

  // The edition's file is named in the errors: that is where a rejected record has to be fixed.
  options.validate(options.editionFile, records);

  return {
    records,
    added,
    changed,
    removed: removedRecords.map((r) => r.id),
    unchanged,
    lostProjectFields: removedRecords.filter((r) => Object.keys(r).some(isProjectField)).map((r) => r.id),
  };
}

/** The file as the editors deliver it: two-space JSON with a final newline (Prettier leaves it alone). */
export function serializeReferences(records: RawRecord[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}

/** The report printed by `npm run references:sync`, one line per record that changed. */
export function formatSyncReport(result: SyncResult): string {
  const lines = [
    `${result.records.length} records: ${result.added.length} added, ${result.changed.length} changed, ` +
      `${result.removed.length} removed, ${result.unchanged} unchanged.`,
    ...result.added.map((id) => `  added    ${id}`),
    ...result.changed.map((c) => `  changed  ${c.id} (${c.fields.join(', ')})`),
    ...result.removed.map((id) => `  removed  ${id}`),
  ];
  if (result.lostProjectFields.length) {
    lines.push(
      `Our fields (${PROJECT_FIELDS.join(', ')}) are lost with: ${result.lostProjectFields.join(', ')}.`,
    );
  }
  return lines.join('\n');
}
