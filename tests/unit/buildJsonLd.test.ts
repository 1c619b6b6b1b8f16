import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildJsonLd,
  citationOf,
  pruneEmpty,
  serializeJsonLd,
  type SectionPageFacts,
  type SiteFacts,
} from '@/lib/buildJsonLd';
import { parseReferences, type Reference } from '@/lib/schemas';

// Real records of the bibliography, one of each shape: PMID and DOI, PMID only, DOI only (a review),
// a thesis with only a URL, a Federal Register notice.
const bibliography = parseReferences(
  'content/references.json',
  JSON.parse(readFileSync('content/references.json', 'utf8')),
);
const byId = (id: string): Reference => bibliography.find((reference) => reference.id === id)!;
const REFERENCES = [
  byId('dolotov2006bdnf'),
  byId('shadrina2001neurotrophin'),
  byId('kolomin2013review'),
  byId('berdalin2012thesis'),
  byId('fda_fr_2026_07361'),
];

const SITE: SiteFacts = {
  url: 'https://example.test',
  name: 'Semax Evidence Guide',
  description: 'What the research on the Russian peptide Semax does and does not show.',
  lang: 'en',
  editors: 'Semax Evidence Guide editors',
  subject: {
    name: 'Semax',
    alternateNames: ['ACTH(4-7)PGP'],
    legalStatus: { name: 'Not approved by the US Food and Drug Administration', country: 'United States' },
  },
};

const SECTION: SectionPageFacts = {
  kind: 'section',
  path: '/uses/',
  title: 'Potential uses of Semax, graded by evidence',
  description: 'Each proposed use of Semax graded by the strength of its evidence.',
  lastReviewed: new Date('2026-11-25'),
  references: REFERENCES,
  image: {
    url: 'https://example.test/og/uses.png',
    width: 1200,
    height: 630,
    alt: 'Preview of the uses page',
  },
};

type Node = Record<string, unknown>;
const nodes = (graph: { '@graph': readonly unknown[] }) => graph['@graph'] as Node[];
const ofType = (graph: { '@graph': readonly unknown[] }, type: string) =>
  nodes(graph).filter((node) => node['@type'] === type);

/** Paths of values in the JSON text that are empty or the text of a missing value. */
function emptyValues(text: string): string[] {
  const walk = (value: unknown, path: string): string[] => {
    if (value === null || value === '' || value === 'undefined' || value === 'null') return [path];
    if (typeof value !== 'object') return [];
    const entries = Object.entries(value);
    return entries.length ? entries.flatMap(([key, item]) => walk(item, `${path}.${key}`)) : [path];
  };
  return walk(JSON.parse(text), '$');
}

describe('buildJsonLd: a section page', () => {
  const graph = buildJsonLd(SITE, SECTION);
  const [page] = ofType(graph, 'MedicalWebPage');

  it('is a MedicalWebPage about Semax, by and reviewed by the editors, with a breadcrumb', async () => {
    expect(graph['@context']).toBe('https://schema.org');
    expect(nodes(graph).map((node) => node['@type'])).toEqual(['MedicalWebPage', 'BreadcrumbList']);
    expect(page).toMatchObject({
      url: 'https://example.test/uses/',
      name: SECTION.title,
      description: SECTION.description,
      inLanguage: 'en',
      lastReviewed: '2026-11-25',
      about: { '@type': 'Drug', name: 'Semax', alternateName: ['ACTH(4-7)PGP'] },
      author: { '@type': 'Organization', name: 'Semax Evidence Guide editors' },
      reviewedBy: { '@type': 'Organization', name: 'Semax Evidence Guide editors' },
      primaryImageOfPage: { '@type': 'ImageObject', url: SECTION.image!.url, width: '1200', height: '630' },
      // What search engines read for the result and the article card (issue 15).
      headline: SECTION.title,
      datePublished: '2026-11-25',
      dateModified: '2026-11-25',
      image: { '@type': 'ImageObject', url: SECTION.image!.url },
      publisher: { '@type': 'Organization', name: 'Semax Evidence Guide editors' },
    });
    expect(ofType(graph, 'BreadcrumbList')[0].itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Semax Evidence Guide', item: 'https://example.test/' },
      { '@type': 'ListItem', position: 2, name: SECTION.title, item: 'https://example.test/uses/' },
    ]);
    await expect(JSON.stringify(graph, null, 2)).toMatchFileSnapshot(
      '__snapshots__/buildJsonLd.section.json',
    );
  });

  it("cites each reference once, in order, by its addresses: the note's first link, then the others", () => {
    const citation = page.citation as Node[];
    expect(citation.map((work) => work['@type'])).toEqual([
      'ScholarlyArticle',
      'ScholarlyArticle',
      'ScholarlyArticle',
      'Thesis',
      'Legislation',
    ]);
    // PMID and DOI: PubMed first (as in the notes), the DOI as sameAs; nothing else of the record.
    expect(citation[0]).toEqual({
      '@type': 'ScholarlyArticle',
      url: 'https://pubmed.ncbi.nlm.nih.gov/16996037/',
      sameAs: 'https://doi.org/10.1016/j.brainres.2006.07.108',
    });
    expect(citation[1]).toEqual({
      '@type': 'ScholarlyArticle',
      url: 'https://pubmed.ncbi.nlm.nih.gov/11457573/',
    });
    // A record whose only address is its DOI: url is the DOI link, and sameAs does not repeat it.
    expect(citation[2]).toEqual({
      '@type': 'ScholarlyArticle',
      url: 'https://doi.org/10.4236/nm.2013.44035',
    });
    expect(citation[3]).toEqual({ '@type': 'Thesis', url: REFERENCES[3].URL });
  });

  it('keeps a record URL that is neither its PubMed nor its DOI link (a PMC copy) as sameAs', () => {
    const record = bibliography.find(
      (reference) => reference.PMID && reference.URL?.includes('pmc.ncbi.nlm.nih.gov'),
    )!;
    expect(record, 'a record with a PMID and a PMC address').toBeDefined();
    const work = citationOf(record);
    expect(work).toMatchObject({ url: `https://pubmed.ncbi.nlm.nih.gov/${record.PMID}/` });
    expect([work.sameAs].flat()).toContain(record.URL);
  });

  it('omits what a record lacks instead of writing it empty', () => {
    const thesis = (page.citation as Node[])[3];
    expect(thesis).not.toHaveProperty('sameAs');
    expect(emptyValues(JSON.stringify(graph))).toEqual([]);
    expect(JSON.stringify(graph)).not.toContain('undefined');
  });
});

describe('buildJsonLd: the home page', () => {
  const graph = buildJsonLd(SITE, { ...SECTION, kind: 'home', path: '/', references: [] });

  it('is the overview MedicalWebPage and the WebSite, without a one-item breadcrumb', async () => {
    expect(nodes(graph).map((node) => node['@type'])).toEqual(['MedicalWebPage', 'WebSite']);
    const [page] = ofType(graph, 'MedicalWebPage');
    const [site] = ofType(graph, 'WebSite');
    expect(page).toMatchObject({ url: 'https://example.test/', isPartOf: { '@id': site['@id'] } });
    expect(page).not.toHaveProperty('breadcrumb');
    expect(site).toMatchObject({
      url: 'https://example.test/',
      name: 'Semax Evidence Guide',
      inLanguage: 'en',
      publisher: { '@type': 'Organization', name: 'Semax Evidence Guide editors' },
    });
    await expect(JSON.stringify(graph, null, 2)).toMatchFileSnapshot('__snapshots__/buildJsonLd.home.json');
  });

  it('leaves out citation, image and legal status when there are none', () => {
    const bare = buildJsonLd(
      { ...SITE, subject: { name: 'Semax', alternateNames: [] } },
      { ...SECTION, kind: 'home', path: '/', references: [], image: undefined },
    );
    const [page] = ofType(bare, 'MedicalWebPage');
    expect(page).not.toHaveProperty('citation');
    expect(page).not.toHaveProperty('primaryImageOfPage');
    expect(page.about).toEqual({ '@type': 'Drug', '@id': 'https://example.test/#subject', name: 'Semax' });
    expect(emptyValues(JSON.stringify(bare))).toEqual([]);
  });
});

describe('buildJsonLd: any other page', () => {
  it('is a plain WebPage by the editors with a breadcrumb, not a medical page', () => {
    const graph = buildJsonLd(SITE, {
      kind: 'page',
      path: '/references/',
      title: 'References',
      description: 'Every source the guide cites, with its PubMed id or DOI.',
    });
    expect(nodes(graph).map((node) => node['@type'])).toEqual(['WebPage', 'BreadcrumbList']);
    const [page] = ofType(graph, 'WebPage');
    expect(page).toMatchObject({ url: 'https://example.test/references/', author: { name: SITE.editors } });
    for (const key of ['about', 'lastReviewed', 'reviewedBy', 'citation'])
      expect(page).not.toHaveProperty(key);
  });
});

describe('citationOf', () => {
  it('types web pages as WebPage, not as scholarly articles', () => {
    expect(citationOf(byId('wikipedia_semax'))).toMatchObject({
      '@type': 'WebPage',
      url: 'https://wikimili.com/en/Semax',
    });
  });
});

describe('pruneEmpty', () => {
  it('drops undefined, null, empty strings, arrays and objects at any depth, keeps 0 and false', () => {
    expect(
      pruneEmpty({
        a: undefined,
        b: null,
        c: '',
        d: [],
        e: {},
        f: { g: [undefined, ''] },
        h: 0,
        i: false,
        j: ['x', ''],
      }),
    ).toEqual({
      h: 0,
      i: false,
      j: ['x'],
    });
  });
});

describe('serializeJsonLd', () => {
  it('escapes "<" so a title cannot close the script element', () => {
    const text = serializeJsonLd(
      buildJsonLd(SITE, { ...SECTION, title: 'A </script><script>alert(1)</script> title' }),
    );
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)['@graph'][0].name).toBe('A </script><script>alert(1)</script> title');
  });
});
