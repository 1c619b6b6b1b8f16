/** /references.ris: the whole bibliography as RIS (EndNote, Zotero, Mendeley), written at build time. */
import type { APIRoute } from 'astro';
import { formatRis } from '@/lib/exportReferences';
import { getReferences } from '@/lib/references';

export const prerender = true;

export const GET: APIRoute = async () =>
  new Response(formatRis(await getReferences()), {
    headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' },
  });
