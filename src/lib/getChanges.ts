/**
 * Reads the changes log from its collection. getChanges() also checks it against the compiled
 * article (src/lib/changes.ts); /changes/ and the Atom feed use it, so a malformed entry fails every
 * build. Section pages only pick their entries (changesOfSection), without compiling every section
 * again for each page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { changesOf, checkChanges, sectionAnchors, type ChangeEntry } from './changes';
import { getPageFacts } from './pageFacts';
import { getSections } from './sections';

const entryOf = (e: CollectionEntry<'changes'>): ChangeEntry => ({
  ...e.data,
  id: e.id,
  file: `content/changes/${e.id}.md`,
});

/**
 * Every entry, checked, newest first, and the first cited sentence of each claim anchor
 * ("uses#claim-3fa9c01"), for link text.
 */
export async function getChanges(): Promise<{ entries: ChangeEntry[]; claimText: Map<string, string> }> {
  const claimText = new Map<string, string>();
  const sections = await Promise.all(
    (await getSections()).map(async (s) => {
      const sentences = (await getPageFacts(s)).citedSentences;
      const text = new Map<string, string>();
      for (const c of sentences) if (!text.has(c.anchor)) text.set(c.anchor, c.text);
      const anchors = sectionAnchors(
        s.id,
        sentences.map((c) => c.anchor),
        s.data.anchorAliases,
      );
      // An old id shows the words of the paragraph it lands on now.
      for (const [anchor, now] of anchors.current)
        if (text.has(now)) claimText.set(`${s.id}#${anchor}`, text.get(now)!);
      return anchors;
    }),
  );
  return { entries: checkChanges((await getCollection('changes')).map(entryOf), sections), claimText };
}

/** The entries that touch one section, newest first (checked by the build of /changes/). */
export async function changesOfSection(sectionId: string): Promise<ChangeEntry[]> {
  const entries = (await getCollection('changes')).map(entryOf);
  return changesOf(
    [...entries].sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id)),
    sectionId,
  );
}
