/** /changes.xml: the changes log as an Atom feed (src/lib/changesFeed.ts), announced on every page. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildChangesFeed } from '@/lib/changesFeed';
import { getChanges } from '@/lib/getChanges';
import { getSections } from '@/lib/sections';
import { CHANGES_FEED, EDITORS, SITE, SITE_URL } from '@/site';

export const GET: APIRoute = async () => {
  const { entries } = await getChanges();
  const files = new Map((await getCollection('changes')).map((e) => [e.id, e]));
  const names = new Map((await getSections()).map((s) => [s.id, s.data.navLabel]));
  const xml = buildChangesFeed(
    {
      url: SITE_URL,
      name: SITE.name,
      feedPath: CHANGES_FEED.path,
      title: CHANGES_FEED.title,
      description: 'Every change to the Semax Evidence Guide: what changed, where, and why.',
      author: EDITORS.name,
    },
    entries.map((entry) => ({
      entry,
      html: files.get(entry.id)!.rendered?.html ?? '',
      sectionNames: entry.sections.map((id) => names.get(id) ?? id),
    })),
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
