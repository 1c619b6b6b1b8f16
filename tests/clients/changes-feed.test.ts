/**
 * The changes feed (/changes.xml) as feed readers get it: parsed by a real feed parser
 * (@rowanmanning/feed-parser), and checked against the elements RFC 4287 (Atom 1.0) requires of a
 * feed and of each entry, read with an XML parser (jsdom's). The entries must be the ones /changes/
 * shows, and every page must announce the feed. It is also validated against the Atom schema of
 * RFC 4287 (Appendix B, tests/fixtures/atom/atom.rnc) by Jing, the RELAX NG validator inside
 * vnu-jar, run on the Java that the HTML gate uses.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { distFile, distPage, SITEMAP_PATHS } from './dist';

const ATOM = 'http://www.w3.org/2005/Atom';
const xml = distFile('changes.xml');
const doc = new JSDOM(xml, { contentType: 'application/xml' }).window.document;
// RFC 3339 date-time, as atom:updated requires.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

const VNU_JAR = join(
  createRequire(import.meta.url).resolve('vnu-jar/package.json'),
  '..',
  'build/dist/vnu.jar',
);
const JING = 'nu.validator.vendor.thaiopensource.relaxng.util.Driver';

/** Jing's messages for one Atom document (none when it is valid); throws when Java cannot run. */
function atomSchemaErrors(file: string): string[] {
  const run = spawnSync(
    process.env.JAVA ?? 'java',
    ['-cp', VNU_JAR, JING, '-c', 'tests/fixtures/atom/atom.rnc', file],
    { encoding: 'utf8' },
  );
  if (run.error) throw new Error(`Java is needed to validate the feed (set $JAVA): ${run.error.message}`);
  const errors = `${run.stdout}${run.stderr}`.split('\n').filter((line) => line.includes('error'));
  expect(run.status !== 0, 'Jing exits non-zero exactly when it reports errors').toBe(errors.length > 0);
  return errors;
}

const children = (el: Element, name: string) =>
  [...el.children].filter((c) => c.namespaceURI === ATOM && c.localName === name);

describe('the changes feed', () => {
  it('is parsed as Atom by a real feed parser, with the entries of /changes/', () => {
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toBe('Semax Evidence Guide: what changed');
    expect(feed.authors.map((a) => a.name)).toEqual(['Semax Evidence Guide editors']);
    const page = new JSDOM(distPage('/changes/')).window.document;
    const headings = [...page.querySelectorAll('main .change h2')].map((h) => h.textContent?.trim());
    expect(headings.length).toBeGreaterThan(0);
    expect(feed.items.map((item) => item.title)).toEqual(headings);
    for (const item of feed.items) {
      expect(item.url).toMatch(/^https:\/\/[^/]+\/changes\/#change-/);
      expect(item.updated).toBeInstanceOf(Date);
      expect(item.content?.length).toBeGreaterThan(100);
    }
  });

  it('has every element RFC 4287 requires, once, on the feed and on each entry', () => {
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe(ATOM);
    expect(root.localName).toBe('feed');
    for (const name of ['id', 'title', 'updated'])
      expect(children(root, name), `feed/${name}`).toHaveLength(1);
    expect(children(root, 'updated')[0]!.textContent).toMatch(DATE_TIME);
    expect(new URL(children(root, 'id')[0]!.textContent!).protocol).toBe('https:');
    // atom:author on the feed (then entries may inherit it), with its required atom:name.
    const authors = children(root, 'author');
    expect(authors.length).toBeGreaterThan(0);
    for (const author of authors) expect(children(author, 'name')[0]?.textContent?.trim()).toBeTruthy();
    // A feed should link to itself (rel="self") and must not have two alternate links of one type.
    const links = children(root, 'link');
    expect(links.filter((l) => l.getAttribute('rel') === 'self').map((l) => l.getAttribute('href'))).toEqual([
      expect.stringMatching(/\/changes\.xml$/),
    ]);
    expect(links.filter((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate')).toHaveLength(1);

    const entries = children(root, 'entry');
    expect(entries.length).toBeGreaterThan(0);
    const ids = new Set<string>();
    for (const entry of entries) {
      for (const name of ['id', 'title', 'updated'])
        expect(children(entry, name), `entry/${name}`).toHaveLength(1);
      expect(children(entry, 'updated')[0]!.textContent).toMatch(DATE_TIME);
      const id = children(entry, 'id')[0]!.textContent!;
      expect(() => new URL(id)).not.toThrow();
      ids.add(id);
      // Without atom:content an entry must have an alternate link; this one has both.
      expect(children(entry, 'content')).toHaveLength(1);
      expect(
        children(entry, 'link').some((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate'),
      ).toBe(true);
      // Links inside the content are absolute: a feed reader does not know the site's address.
      expect(children(entry, 'content')[0]!.textContent).not.toMatch(/href="\//);
    }
    expect(ids.size, 'entry ids are unique').toBe(entries.length);
  });

  it('validates against the Atom schema of RFC 4287 (RELAX NG, Jing)', () => {
    expect(atomSchemaErrors('dist/changes.xml')).toEqual([]);
    // The validator is not vacuous: the same feed without entry ids, or with a date that is not
    // RFC 3339, fails.
    const dir = mkdtempSync(join(tmpdir(), 'atom-'));
    const noIds = join(dir, 'no-ids.xml');
    writeFileSync(noIds, xml.replace(/<entry>\s*<title([\s\S]*?)<id>[^<]*<\/id>/g, '<entry><title$1'));
    expect(atomSchemaErrors(noIds).join('\n')).toMatch(/“entry” is missing required child element “id”/);
    const badDate = join(dir, 'bad-date.xml');
    writeFileSync(badDate, xml.replace(/<updated>[^<]*<\/updated>/, '<updated>3 December 2026</updated>'));
    expect(atomSchemaErrors(badDate).join('\n')).toMatch(/updated/);
  });

  it('is announced with <link rel="alternate" type="application/atom+xml"> on every page', () => {
    for (const path of [...SITEMAP_PATHS, '/404.html']) {
      const page = new JSDOM(distPage(path)).window.document;
      const links = [...page.head.querySelectorAll('link[rel="alternate"][type="application/atom+xml"]')];
      expect(
        links.map((l) => l.getAttribute('href')),
        path,
      ).toEqual(['/changes.xml']);
    }
  });
});
