/** Loads the explorer's rows from the content collections (Astro side of evidenceExplorer.ts). */
import { getCollection } from 'astro:content';
import { buildClaimRows, type ClaimRow } from './evidenceExplorer';
import { getSections } from './sections';
import { sectionPath } from '@/site';

export async function getClaimRows(): Promise<ClaimRow[]> {
  const sections = await getSections();
  const references = (await getCollection('references')).map((entry) => entry.data);
  return buildClaimRows(
    sections.map((s) => ({ id: s.id, title: s.data.title, path: sectionPath(s.id), body: s.body ?? '' })),
    references,
  );
}
