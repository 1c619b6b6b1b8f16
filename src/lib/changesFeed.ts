/**
 * The changes log as an Atom 1.0 feed (RFC 4287), written by the `feed` library (@astrojs/rss
 * writes RSS 2.0 only). Pure, so that a unit test can build it from fixture entries.
 */
import { Feed } from 'feed';
import { changeAnchor, type ChangeEntry } from './changes';

export interface FeedSite {
  /** Origin, e.g. https://semax.example.org. */
  url: string;
  name: string;
  /** The feed's own path, e.g. /changes.xml. */
  feedPath: string;
  title: string;
  description: string;
  /** Who the feed and its entries are credited to (RFC 4287 requires an author). */
  author: string;
}

/** One entry's body as HTML, links made absolute (feed readers do not know the site's origin). */
export interface FeedItem {
  entry: ChangeEntry;
  html: string;
  /** The sections it touches, by name, for the summary. */
  sectionNames: string[];
}

export function buildChangesFeed(site: FeedSite, items: readonly FeedItem[]): string {
  const page = `${site.url}/changes/`;
  const feed = new Feed({
    id: page,
    title: site.title,
    description: site.description,
    link: page,
    language: 'en',
    // The newest entry's date; a feed without entries is as old as nothing in it (the epoch).
    updated: items[0]?.entry.date ?? new Date(0),
    generator: site.name,
    feedLinks: { atom: `${site.url}${site.feedPath}` },
    author: { name: site.author, link: `${site.url}/` },
    copyright: `${site.name}`,
  });
  for (const { entry, html, sectionNames } of items) {
    feed.addItem({
      id: `${page}#${changeAnchor(entry.id)}`,
      title: entry.title,
      link: `${page}#${changeAnchor(entry.id)}`,
      date: entry.date,
      published: entry.date,
      description: `Sections: ${sectionNames.join(', ')}.`,
      content: html.replace(/href="\//g, `href="${site.url}/`),
      author: [{ name: site.author, link: `${site.url}/` }],
    });
  }
  return feed.atom1();
}
