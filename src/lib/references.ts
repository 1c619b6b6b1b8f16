/** Loading the bibliography and who cites what, for the /references/ page and the export files. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { getPageFacts } from './pageFacts';
import { getSections } from './sections';
import type { Reference } from './schemas';

/** Every record of content/references.json (validated by the collection), sorted by id. */
export async function getReferences(): Promise<Reference[]> {
  const entries = await getCollection('references');
  return entries.map((entry) => entry.data).sort((a, b) => a.id.localeCompare(b.id));
}

/** A section that cites a record, and the id of its first marker for that record. */
export interface CitingSection {
  section: CollectionEntry<'sections'>;
  /** Id of the section's first marker citing the record (cite-KEY-1). */
  markerId: string;
}

/**
 * For each record id, the sections that cite it, in reading order. Read from what remark-citations
 * left in each section's remark frontmatter (`citations`) when it rendered it, so it is exactly what
 * the pages show; nothing is parsed twice.
 */
export async function getCitingSections(): Promise<Map<string, CitingSection[]>> {
  const citing = new Map<string, CitingSection[]>();
  for (const section of await getSections()) {
    for (const citation of (await getPageFacts(section)).citations) {
      const list = citing.get(citation.key) ?? [];
      list.push({ section, markerId: citation.markerIds[0]! });
      citing.set(citation.key, list);
    }
  }
  return citing;
}
