/**
 * /print/<page>.css: the print-only stylesheet that puts the page's address, review date and the
 * disclaimer in the margins of every printed sheet (src/lib/printMargins.ts). One per section and
 * one for the handout, the pages readers print.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { longDay } from '@/lib/dates';
import { printMarginCss, type PrintSheet } from '@/lib/printMargins';
import { getSections } from '@/lib/sections';
import { sectionPath } from '@/site';

export const getStaticPaths = (async () => {
  const sheets = (await getSections()).map((section) => ({
    params: { page: section.id },
    props: { path: sectionPath(section.id), reviewedText: longDay(section.data.lastReviewed) },
  }));
  const handout = await getEntry('pages', 'handout');
  if (!handout) throw new Error('content/pages/handout.mdx is missing');
  sheets.push({
    params: { page: 'handout' },
    props: { path: '/handout/', reviewedText: longDay(handout.data.lastReviewed) },
  });
  return sheets;
}) satisfies GetStaticPaths;

export const GET: APIRoute<PrintSheet> = ({ props }) =>
  new Response(printMarginCss(props), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
