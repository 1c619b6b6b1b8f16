/**
 * Reading back what the Markdown plugins published about a page while they compiled it
 * (src/lib/citations.ts, `PageFacts`). Every route that needs a page's citations, cited sentences,
 * reading time or glossary terms reads them here, through render(), never from the MDX text.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { PageFacts } from './citations';
import { buildClaimRows, type ClaimRow } from './evidenceExplorer';
import type { Reference } from './schemas';
import { getSections } from './sections';
import { sectionPath } from '@/site';

/** The facts of one section or page, with empty values for a fact a plugin had nothing to say about. */
export async function getPageFacts(entry: CollectionEntry<'sections' | 'pages'>): Promise<PageFacts> {
  const published = (await render(entry)).remarkPluginFrontmatter as Partial<PageFacts>;
  return {
    citations: published.citations ?? [],
    citedSentences: published.citedSentences ?? [],
    minutesRead: published.minutesRead ?? 1,
    glossaryTerms: published.glossaryTerms ?? [],
  };
}

/** The bibliography records a page cites, in order of first citation. */
export async function getCitedReferences(facts: PageFacts): Promise<Reference[]> {
  if (facts.citations.length === 0) return [];
  const byId = new Map((await getCollection('references')).map((entry) => [entry.id, entry.data]));
  // remark-citations has already failed the build on an unknown key, so every key is here.
  return facts.citations.map(({ key }) => byId.get(key)!);
}

/** The evidence explorer's rows: every cited sentence of the article, in reading order. */
export async function getClaimRows(): Promise<ClaimRow[]> {
  const sections = await getSections();
  const references = (await getCollection('references')).map((entry) => entry.data);
  return buildClaimRows(
    await Promise.all(
      sections.map(async (s) => ({
        id: s.id,
        title: s.data.title,
        path: sectionPath(s.id),
        sentences: (await getPageFacts(s)).citedSentences,
      })),
    ),
    references,
  );
}
