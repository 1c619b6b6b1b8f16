/**
 * The bibliography and the glossary, read and validated once (astro.config.mjs) and handed to the
 * plugins and integrations as options. The content collections (src/content.config.ts) read the same
 * files through the same parsers, so a bad record fails the build with the same message either way.
 */
import { readJsonFile } from './contentFiles';
import { parseGlossary, parseReferences, type GlossaryEntry, type Reference } from './schemas';

export const REFERENCES_FILE = 'content/references.json';
export const GLOSSARY_FILE = 'content/glossary.json';

/**
 * A handle on the validated bibliography: its file name and lookups, not the records as plain data.
 * Plugin options end up in Astro's Markdown configuration; handing the 60 raw records to the plugins
 * there made builds of large copies much slower, while functions are left out of whatever Astro
 * serialises or hashes of the config.
 */
export interface Bibliography {
  /** The file the records come from, for messages ("no record with this id in ..."). */
  readonly file: string;
  /** The record with this id, if there is one. */
  get(id: string): Reference | undefined;
  /** Every record id, in file order. */
  ids(): string[];
}

/** Wraps validated records in a Bibliography handle. */
export function bibliographyOf(file: string, records: readonly Reference[]): Bibliography {
  const byId = new Map(records.map((record) => [record.id, record]));
  return { file, get: (id) => byId.get(id), ids: () => [...byId.keys()] };
}

/** Reads and validates content/references.json (or a fixture); throws naming file, record and field. */
export function readReferences(file = REFERENCES_FILE): Reference[] {
  return parseReferences(file, readJsonFile(file));
}

/** The validated bibliography of `file` as a handle for the plugins and integrations. */
export function loadBibliography(file = REFERENCES_FILE): Bibliography {
  return bibliographyOf(file, readReferences(file));
}

/** Reads and validates content/glossary.json (or a fixture); throws naming file, entry and field. */
export function loadGlossary(file = GLOSSARY_FILE): GlossaryEntry[] {
  return parseGlossary(file, readJsonFile(file));
}
