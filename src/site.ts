/**
 * Site-wide constants. Everything a page needs to know about the site as a whole lives here,
 * so that the layout, head tags, sitemap and JSON-LD agree.
 */

/**
 * The public origin of the site. Set SITE_URL when building for a real host (see README, "Deploy");
 * canonical links, the sitemap and Open Graph URLs all derive from it. The default is a reserved
 * documentation domain so that an unconfigured build never claims somebody else's address.
 */
export const SITE_URL = (process.env.SITE_URL ?? 'https://semax.example.org').replace(/\/+$/, '');

export const SITE = {
  /** Short name shown in the header and appended to page titles. */
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
  href: '/disclaimer/',
} as const;

/** The id of the section that is served at the site root instead of at /overview/. */
export const HOME_SECTION = 'overview';

/** The URL path of a section, from its content id. */
export function sectionPath(id: string): string {
  return id === HOME_SECTION ? '/' : `/${id}/`;
}
