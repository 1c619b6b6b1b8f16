import { ogImageOf, ogPageImageOf, type OgImageRef, type OgPage } from '@/lib/ogImage';
import { getSections } from '@/lib/sections';
import { HOME_SECTION, SITE } from '@/site';

/**
 * A page's link-preview image: a section's own; for any other indexable page, one drawn for it
 * from its title and description (issue 15: 15 pages shared the home page's); the home page's for
 * a page kept out of search engines (the 404 page). Shared by the head tags (SeoHead) and the
 * JSON-LD (StructuredData), which must name the same image.
 */
export async function pageImage(image?: OgImageRef, page?: OgPage): Promise<OgImageRef> {
  if (image) return image;
  const sections = await getSections();
  if (page && page.path !== '/') {
    const newest = Math.max(...sections.map((section) => section.data.lastReviewed.getTime()));
    return ogPageImageOf(SITE.name, page, new Date(newest));
  }
  const home = sections.find((section) => section.id === HOME_SECTION);
  if (!home) throw new Error(`content/sections/${HOME_SECTION}.mdx is missing: pages need its preview image`);
  return ogImageOf(SITE.name, home);
}
