/**
 * Structured data (JSON-LD) for every page, built from typed data with schema-dts types, so that a
 * misspelt property or a wrong type fails `astro check`. Pure: the caller passes in the site's facts
 * and the page's, and gets back one `@graph`.
 *
 * - A section page is a MedicalWebPage about Semax (a Drug), written and reviewed by the editors,
 *   citing its references, with a BreadcrumbList.
 * - The home page (the overview section) is also the WebSite; it has no breadcrumb, because a
 *   one-item trail says nothing and Google wants at least two items.
 * - Any other page (references, glossary, ...) is a plain WebPage with a breadcrumb.
 *
 * An absent value is left out rather than written as "", [] or "undefined" (pruneEmpty).
 */
import type {
  BreadcrumbList,
  CreativeWork,
  Drug,
  Graph,
  ImageObject,
  MedicalWebPage,
  Organization,
  Thing,
  WebPage,
  WebSite,
} from 'schema-dts';
import { isoDay } from './dates';
import { referenceLinks } from './formatReference';
import type { Reference } from './schemas';

/** What structured data may say about the subject of the site; each fact backed by a source. */
export interface SubjectFacts {
  name: string;
  alternateNames: readonly string[];
  /** Omitted when the sources do not settle it. */
  legalStatus?: { name: string; country: string };
}

/** Facts about the whole site. */
export interface SiteFacts {
  /** Origin without a trailing slash, e.g. "https://semax.example.org". */
  url: string;
  name: string;
  description: string;
  /** BCP 47 language of every page. */
  lang: string;
  /** Name of the editorial team that writes and reviews the pages. */
  editors: string;
  subject: SubjectFacts;
}

/** The preview image of a page. */
export interface PageImage {
  /** Absolute URL. */
  url: string;
  width: number;
  height: number;
  alt: string;
}

interface PageBase {
  /** URL path, e.g. "/uses/". */
  path: string;
  /** Name of the page (its h1). */
  title: string;
  description: string;
  image?: PageImage;
}

/** A section of the article; the home page is the section served at "/". */
export interface SectionPageFacts extends PageBase {
  kind: 'home' | 'section';
  lastReviewed: Date;
  /** The references the page cites, in order of first citation. */
  references: readonly Reference[];
}

/** Any other page of the site. */
export interface OtherPageFacts extends PageBase {
  kind: 'page';
}

export type PageFacts = SectionPageFacts | OtherPageFacts;

/** Drops undefined, null, "", [] and {} at any depth, so no property is emitted empty. */
export function pruneEmpty<T>(value: T): T {
  if (Array.isArray(value)) {
    return value.map(pruneEmpty).filter((item) => !isEmpty(item)) as T;
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, pruneEmpty(item)] as const)
      .filter(([, item]) => !isEmpty(item));
    return Object.fromEntries(entries) as T;
  }
  return value;
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && !(value instanceof Date)) return Object.keys(value).length === 0;
  return false;
}

/**
 * One cited work as its type and its addresses only: `url` is the link the page's note gives first
 * (PubMed, else the DOI, else the record's URL), `sameAs` the others. Not the full record (title,
 * identifiers, date, language, as before): the page's notes already show those, and the list is
 * sent with every section (the JSON-LD of /uses/ was 17.6 KB, 15 KB of it citations, issue 16).
 * The PMID and DOI stay readable in the addresses.
 */
export function citationOf(reference: Reference): CreativeWork {
  const addresses = [...new Set([...referenceLinks(reference).map((link) => link.href), reference.URL])];
  const [url, ...others] = addresses.filter((address): address is string => Boolean(address));
  const work = { url, sameAs: others.length > 1 ? others : others[0] };
  // The schema.org type follows the CSL type: a journal article or review is a ScholarlyArticle;
  // a thesis, web page or law is not, and calling it one would be false.
  switch (reference.type) {
    case 'article-journal':
    case 'article':
    case 'paper-conference':
    case 'review':
      return { '@type': 'ScholarlyArticle', ...work };
    case 'thesis':
      return { '@type': 'Thesis', ...work };
    case 'webpage':
      return { '@type': 'WebPage', ...work };
    case 'legislation':
      return { '@type': 'Legislation', ...work };
    default:
      return { '@type': 'CreativeWork', ...work };
  }
}

/** The editorial team, the only author the site can truthfully name. */
function editorsOf(site: SiteFacts): Organization {
  return { '@type': 'Organization', '@id': `${site.url}/#editors`, name: site.editors, url: `${site.url}/` };
}

/** Semax as a schema.org Drug, with only the facts the sources support. */
function subjectOf(site: SiteFacts): Drug {
  const { name, alternateNames, legalStatus } = site.subject;
  return {
    '@type': 'Drug',
    '@id': `${site.url}/#subject`,
    name,
    alternateName: [...alternateNames],
    legalStatus: legalStatus && {
      '@type': 'DrugLegalStatus',
      name: legalStatus.name,
      applicableLocation: { '@type': 'Country', name: legalStatus.country },
    },
  };
}

function imageOf(image: PageImage | undefined): ImageObject | undefined {
  if (!image) return undefined;
  const { url, width, height, alt } = image;
  return {
    '@type': 'ImageObject',
    url,
    contentUrl: url,
    width: String(width),
    height: String(height),
    caption: alt,
  };
}

function breadcrumbOf(site: SiteFacts, page: PageFacts, url: string): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    '@id': `${url}#breadcrumb`,
    itemListElement: [
      { '@type': 'ListItem', position: 1, name: site.name, item: `${site.url}/` },
      { '@type': 'ListItem', position: 2, name: page.title, item: url },
    ],
  };
}

function websiteOf(site: SiteFacts): WebSite {
  return {
    '@type': 'WebSite',
    '@id': `${site.url}/#website`,
    url: `${site.url}/`,
    name: site.name,
    description: site.description,
    inLanguage: site.lang,
    publisher: editorsOf(site),
  };
}

/** The JSON-LD graph of one page. */
export function buildJsonLd(site: SiteFacts, page: PageFacts): Graph {
  const url = new URL(page.path, `${site.url}/`).href;
  const isHome = page.kind === 'home';
  const common = {
    '@id': `${url}#webpage`,
    url,
    name: page.title,
    // What search engines show as the page's title and summary (issue 15: no headline before).
    headline: page.title,
    description: page.description,
    publisher: editorsOf(site),
    image: imageOf(page.image),
    inLanguage: site.lang,
    isPartOf: { '@id': `${site.url}/#website` },
    primaryImageOfPage: imageOf(page.image),
    breadcrumb: isHome ? undefined : { '@id': `${url}#breadcrumb` },
  };
  let webPage: MedicalWebPage | WebPage;
  if (page.kind === 'page') {
    webPage = { '@type': 'WebPage', ...common, author: editorsOf(site) };
  } else {
    webPage = {
      '@type': 'MedicalWebPage',
      ...common,
      about: subjectOf(site),
      author: editorsOf(site),
      reviewedBy: editorsOf(site),
      lastReviewed: isoDay(page.lastReviewed),
      // The text on the page is the one published when it was last reviewed; the guide keeps no
      // earlier publication date per page, so both dates are the review date.
      datePublished: isoDay(page.lastReviewed),
      dateModified: isoDay(page.lastReviewed),
      citation: page.references.map(citationOf),
    };
  }
  const graph: Thing[] = [webPage];
  if (isHome) graph.push(websiteOf(site));
  else graph.push(breadcrumbOf(site, page, url));
  return pruneEmpty({ '@context': 'https://schema.org', '@graph': graph });
}

/**
 * The graph as text for a <script type="application/ld+json">. "<" is escaped so that a title
 * containing "</script>" cannot end the element early.
 */
export function serializeJsonLd(graph: Graph): string {
  return JSON.stringify(graph).replace(/</g, '\\u003c');
}
