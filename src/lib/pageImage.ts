import { ogImageOf, type OgImageRef } from '@/lib/ogImage';
import { getSections } from '@/lib/sections';
import { HOME_SECTION, SITE } from '@/site';

/**
 * A page's link-preview image: its own, or the home page's. Shared by the head tags (SeoHead) and the
 * JSON-LD (StructuredData), which must name the same image.
 */
export async function pageImage(image?: OgImageRef): Promise<OgImageRef> {
  if (image) return image;
  const home = (await getSections()).find((section) => section.id === HOME_SECTION);
  if (!home) throw new Error(`content/sections/${HOME_SECTION}.mdx is missing: pages need its preview image`);
  return ogImageOf(SITE.name, home);
}
