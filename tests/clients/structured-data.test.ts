/**
 * What search engines and link cards read, checked with their own rules: Adobe's structured-data
 * validator (Google's rich-result requirements for the types it knows: BreadcrumbList, ListItem,
 * Organization, ImageObject, ...) on the JSON-LD of every page of the sitemap, and the sitemap's
 * own <lastmod>. Before issue 15: no headline, datePublished, dateModified or image in the JSON-LD,
 * and lastmod on 5 of 19 URLs.
 */
import Validator from '@adobe/structured-data-validator';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readSitemap } from '../e2e/sitemap';
import { DIST, distPage, SITEMAP_PATHS } from './dist';
import { EDITORS as SITE_EDITORS, SITE_URL } from '@/site';
import { SECTION_PAGES as SECTION_PATHS } from '../e2e/helpers';

const EDITORS = SITE_EDITORS.name;

type Node = Record<string, unknown> & { '@type': string };

function graphOf(path: string): Node[] {
  const { document } = new JSDOM(distPage(path)).window;
  return [...document.querySelectorAll('script[type="application/ld+json"]')].flatMap((script) => {
    const data = JSON.parse(script.textContent!) as { '@graph'?: Node[] } & Node;
    return data['@graph'] ?? [data];
  });
}

/** The JSON-LD in the form the validator takes (that of @marbec/web-auto-extractor): by type. */
function extracted(nodes: Node[]) {
  const jsonld: Record<string, Node[]> = {};
  for (const node of nodes) (jsonld[node['@type']] ??= []).push(node);
  return { jsonld, microdata: {}, rdfa: {} };
}

const validator = new Validator();

describe('the JSON-LD of every page, read by the schema.org validator', () => {
  for (const path of SITEMAP_PATHS) {
    it(`${path}: no errors`, async () => {
      const nodes = graphOf(path);
      expect(nodes.length).toBeGreaterThan(0);
      const issues = (await validator.validate(extracted(nodes))) as {
        severity: string;
        issueMessage: string;
      }[];
      expect(issues.filter((issue) => issue.severity === 'ERROR').map((issue) => issue.issueMessage)).toEqual(
        [],
      );
    });
  }

  it('the validator does find errors (a breadcrumb item without its name and address fails)', async () => {
    const broken: Node = {
      '@type': 'BreadcrumbList',
      itemListElement: [{ '@type': 'ListItem', position: 1 }],
    };
    const issues = (await validator.validate(extracted([broken]))) as { severity: string }[];
    expect(issues.some((issue) => issue.severity === 'ERROR')).toBe(true);
  });
});

describe('the JSON-LD of the sections', () => {
  for (const path of SECTION_PATHS) {
    it(`${path}: headline, description, dates, image, editors as author and publisher, citations, breadcrumb`, () => {
      const nodes = graphOf(path);
      const page = nodes.find((node) => node['@type'] === 'MedicalWebPage')!;
      const { document } = new JSDOM(distPage(path)).window;
      const reviewed = document.querySelector('.page-head time')!.getAttribute('datetime');
      expect(page).toMatchObject({
        headline: document.querySelector('h1')!.textContent!.trim(),
        description: document.querySelector('meta[name="description"]')!.getAttribute('content'),
        datePublished: reviewed,
        dateModified: reviewed,
        image: {
          '@type': 'ImageObject',
          url: document.querySelector('meta[property="og:image"]')!.getAttribute('content'),
        },
        author: { '@type': 'Organization', name: EDITORS },
        publisher: { '@type': 'Organization', name: EDITORS },
      });
      // The citations are the References list of the page, in its order, each by the first link
      // its note gives (PubMed, else the DOI, else the record's address).
      const listed = [...document.querySelectorAll('.references .reference-list > li')].map(
        (note) => note.querySelector<HTMLAnchorElement>('a.ref-link')!.href,
      );
      const cited = (page.citation as { url: string }[]).map((work) => work.url);
      expect(listed.length).toBeGreaterThan(0);
      expect(cited).toEqual(listed);
      const crumbs = nodes.find((node) => node['@type'] === 'BreadcrumbList');
      if (path === '/') expect(crumbs, 'the home page has no one-item breadcrumb').toBeUndefined();
      else
        expect((crumbs!.itemListElement as { item: string }[]).map((item) => item.item)).toEqual([
          `${SITE_URL}/`,
          `${SITE_URL}${path}`,
        ]);
    });
  }
});

describe('the sitemap', () => {
  it('gives a <lastmod> for every URL, a day no later than the build', () => {
    const urls = readSitemap(DIST);
    expect(urls.length).toBeGreaterThan(20);
    const today = new Date().toISOString().slice(0, 10);
    for (const { loc, lastmod } of urls) {
      expect(lastmod, loc).toMatch(/^\d{4}-\d{2}-\d{2}/);
      expect(lastmod!.slice(0, 10) <= today, loc).toBe(true);
    }
  });
});
