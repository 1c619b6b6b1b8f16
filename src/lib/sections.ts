/** Loading the article's sections in reading order. */
import { getCollection, type CollectionEntry } from 'astro:content';

/** All sections, sorted by their `order` field. */
export async function getSections(): Promise<CollectionEntry<'sections'>[]> {
  return (await getCollection('sections')).sort((a, b) => a.data.order - b.data.order);
}
