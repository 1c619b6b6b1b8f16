/** Loading the article's sections in reading order, and the references each one cites. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { citedKeys } from './citedKeys';
import type { Reference } from './schemas';

/** All sections, sorted by their `order` field. */
export async function getSections(): Promise<CollectionEntry<'sections'>[]> {
  return (await getCollection('sections')).sort((a, b) => a.data.order - b.data.order);
}

/**
 * The bibliography records a section cites, in order of first citation. A key that is not in
 * content/references.json fails the build, naming the file and the key.
 */
export async function getCitedReferences(section: CollectionEntry<'sections'>): Promise<Reference[]> {
  const keys = citedKeys(section.body ?? '');
  if (keys.length === 0) return [];
  const byId = new Map((await getCollection('references')).map((entry) => [entry.id, entry.data]));
  return keys.map((key) => {
    const reference = byId.get(key);
    if (!reference) {
      throw new Error(
        `content/sections/${section.id}.mdx: cites [@${key}], which is not in content/references.json`,
      );
    }
    return reference;
  });
}
