/** /references.bib: the whole bibliography as BibTeX, written at build time. */
import type { APIRoute } from 'astro';
import { formatBibtex } from '@/lib/exportReferences';
import { getReferences } from '@/lib/references';

export const prerender = true;

export const GET: APIRoute = async () =>
  new Response(formatBibtex(await getReferences()), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
