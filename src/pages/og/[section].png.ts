/** The link-preview image of each section, drawn at build time (src/lib/renderOgImage.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { ogImageInput } from '@/lib/ogImage';
import { renderOgImage } from '@/lib/renderOgImage';
import { getSections } from '@/lib/sections';
import { SITE } from '@/site';

export const getStaticPaths = (async () => {
  const sections = await getSections();
  return sections.map((section) => ({ params: { section: section.id }, props: { section } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ section: CollectionEntry<'sections'> }> = async ({ props }) => {
  const png = await renderOgImage(ogImageInput(SITE.name, props.section));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
