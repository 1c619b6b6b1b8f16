/**
 * /print/<page>.css: the print-only stylesheet that puts the page's address, review date and the
 * disclaimer in the margins of every printed sheet (src/lib/printMargins.ts). One per page: each
 * section and the handout with its own review date, every other page with the guide's latest.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { longDay } from '@/lib/dates';
import { explorerViews } from '@/lib/evidenceExplorer';
import { getClaimRows } from '@/lib/pageFacts';
import { printMarginCss, printSheetId, type PrintSheet } from '@/lib/printMargins';
import { getSections } from '@/lib/sections';
import { sectionPath } from '@/site';

/** The pages made from the whole guide rather than one section (each route's `path`). */
const GUIDE_PAGES = ['/glossary/', '/references/', '/changes/', '/claims/', '/search/'];

export const getStaticPaths = (async () => {
  const sheets: { params: { page: string }; props: PrintSheet }[] = (await getSections()).map((section) => ({
    params: { page: section.id },
    props: { path: sectionPath(section.id), reviewedText: longDay(section.data.lastReviewed) },
  }));
  const handout = await getEntry('pages', 'handout');
  if (!handout) throw new Error('content/pages/handout.mdx is missing');
  sheets.push({
    params: { page: 'handout' },
    props: { path: '/handout/', reviewedText: longDay(handout.data.lastReviewed) },
  });
  const sections = await getSections();
  const newest = new Date(Math.max(...sections.map((section) => section.data.lastReviewed.getTime())));
  const views = explorerViews(
    await getClaimRows(),
    sections.map((section) => ({ id: section.id, navLabel: section.data.navLabel })),
  );
  for (const path of [...GUIDE_PAGES, ...views.map((view) => view.path)]) {
    sheets.push({
      params: { page: printSheetId(path) },
      props: { path, reviewedText: longDay(newest), reviewedLabel: 'Guide last reviewed' },
    });
  }
  return sheets;
}) satisfies GetStaticPaths;

export const GET: APIRoute<PrintSheet> = ({ props }) =>
  new Response(printMarginCss(props), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
