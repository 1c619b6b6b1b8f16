/**
 * Site-wide constants. Everything a page needs to know about the site as a whole lives here,
 * so that the layout, head tags, sitemap and JSON-LD agree.
 */
import type { SiteFacts } from './lib/buildJsonLd';

/**
 * The public origin of the site. Set SITE_URL when building for a real host (see README, "Deploy");
 * canonical links, the sitemap and Open Graph URLs all derive from it. The default is a reserved
 * documentation domain so that an unconfigured build never claims somebody else's address.
 */
export const SITE_URL = checkSiteUrl(
  (process.env.SITE_URL ?? 'https://semax.example.org').replace(/\/+$/, ''),
);

/**
 * Fails the build on a SITE_URL that would make every canonical link wrong: not an absolute http(s)
 * URL, or one with a path (the site's links are absolute paths, so it must live at a domain root).
 */
function checkSiteUrl(value: string): string {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url || !/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE_URL must be an origin such as https://semax.example.org (no path), not "${value}"`);
  }
  return url.origin;
}

/**
 * Where readers report an error (footer of every page, "Reporting an error" on /disclaimer/). Set
 * CONTACT_EMAIL at build time, like SITE_URL; the default is a placeholder on the reserved example
 * domain, so that an unconfigured build never sends readers' reports to somebody else's mailbox.
 */
export const CONTACT_EMAIL = checkContactEmail(process.env.CONTACT_EMAIL ?? 'corrections@semax.example.org');

/** Fails the build on a CONTACT_EMAIL that is not one plain address (no name, no list, no spaces). */
export function checkContactEmail(value: string): string {
  if (!/^[^\s@<>,;"]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(value)) {
    throw new Error(
      `CONTACT_EMAIL must be one address such as corrections@semax.example.org, not "${value}"`,
    );
  }
  return value;
}

export const SITE = {
  /** Short name shown in the header and appended to page titles (documentTitle). */
  name: 'Semax Evidence Guide',
  /** Language of every page (the article is written in English). */
  lang: 'en',
  /** One-line description of the whole site. */
  tagline: 'What the research on the Russian peptide Semax does and does not show.',
} as const;

/**
 * The medical disclaimer banner, pinned on every page. Typed content rather than an HTML string,
 * so the layout decides the markup and nothing can inject tags.
 */
export const DISCLAIMER_BANNER = {
  text: 'For education only, not medical advice.',
  linkLabel: 'Read the full disclaimer',
  /** The same on one line of a phone (under 40rem wide). */
  shortText: 'Not medical advice.',
  shortLinkLabel: 'Full disclaimer',
  href: '/disclaimer/',
} as const;

/**
 * The guide's pages besides the sections, in the header menu (SiteHeader.astro) after the sections:
 * a reader on a phone finds the explorer, the glossary, the references and the handout there.
 */
export const GUIDE_PAGES = [
  { href: '/evidence/', label: 'Evidence explorer' },
  { href: '/claims/', label: 'Common claims' },
  { href: '/glossary/', label: 'Glossary' },
  { href: '/references/', label: 'References' },
  { href: '/handout/', label: 'Summary for your doctor' },
] as const;

/** The Atom feed of the changes log, announced by <link rel="alternate"> on every page. */
export const CHANGES_FEED = {
  path: '/changes.xml',
  title: 'Semax Evidence Guide: what changed',
} as const;

/** The most characters of a <title> that a search results page shows. */
export const MAX_TITLE_LENGTH = 65;

/**
 * The <title> of a page from its own words, built here only (SeoHead and StructuredData call it):
 * the site's name follows the page's title wherever both fit in MAX_TITLE_LENGTH characters and
 * the title does not already name the site; a longer title is left as it is, its most specific
 * words first.
 */
export function documentTitle(title: string): string {
  const full = `${title} | ${SITE.name}`;
  return title.includes(SITE.name) || full.length > MAX_TITLE_LENGTH ? title : full;
}

/** The id of the section that is served at the site root instead of at /overview/. */
export const HOME_SECTION = 'overview';

/** The URL path of a section, from its content id. */
export function sectionPath(id: string): string {
  return id === HOME_SECTION ? '/' : `/${id}/`;
}

/**
 * Who writes and reviews the pages. The article names no individual author, so structured data
 * credits the editorial team as an Organization and never invents a person.
 */
export const EDITORS = {
  name: 'Semax Evidence Guide editors',
} as const;

/**
 * What structured data may say about Semax itself (JSON-LD `about`, a schema.org Drug). Every fact
 * names the records of content/references.json that support it; tests/unit/site.test.ts checks
 * that those records exist and say so. A fact the sources do not settle is left out: Russian
 * registration is not stated because a 2026 report of its cancellation is unverified, and sport
 * (WADA) status because no source places Semax in a class.
 */
export const SEMAX = {
  name: 'Semax',
  /** Other names used for the same peptide, each written exactly so in a cited title. */
  alternateNames: [
    { name: 'ACTH(4-7)PGP', source: 'filippenkov2020transcriptome' },
    { name: 'ACTH4-7-PGP', source: 'severyanova2020pain' },
  ],
  /** Legal status where the sources agree and are current. */
  legalStatus: {
    name: 'Not approved by the US Food and Drug Administration',
    country: 'United States',
    /** Each record's design or note says "Semax is not FDA-approved". */
    sources: ['fda_category2_bulks', 'fda_fr_2026_07361'],
  },
} as const;

/** The site as its structured data describes it (src/lib/buildJsonLd.ts). */
export const JSON_LD_SITE: SiteFacts = {
  url: SITE_URL,
  name: SITE.name,
  description: SITE.tagline,
  lang: SITE.lang,
  editors: EDITORS.name,
  subject: {
    name: SEMAX.name,
    alternateNames: SEMAX.alternateNames.map(({ name }) => name),
    legalStatus: { name: SEMAX.legalStatus.name, country: SEMAX.legalStatus.country },
  },
};
