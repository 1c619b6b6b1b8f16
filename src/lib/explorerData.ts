/** Loads the explorer's rows from the content collections (Astro side of evidenceExplorer.ts). */
import { getCollection } from 'astro:content';
import { buildClaimRows, type ClaimRow } from './evidenceExplorer';
import { getSections } from './sections';
import { sectionPath } from '@/site';

/**
 * Built once per build and shared: every filtered view of /evidence/ needs the same rows, and parsing
 * every section's MDX again for each view made build time grow with sections x views (a 50x content
 * copy took 240 s to build before this).
 */
let rows: Promise<ClaimRow[]> | undefined;

export function getClaimRows(): Promise<ClaimRow[]> {
  rows ??= (async () => {
    const sections = await getSections();
    const references = (await getCollection('references')).map((entry) => entry.data);
    return buildClaimRows(
      sections.map((s) => ({ id: s.id, title: s.data.title, path: sectionPath(s.id), body: s.body ?? '' })),
      references,
    );
  })();
  return rows;
}
