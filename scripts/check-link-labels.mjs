/**
 * Link-label gate: no link on a built page is labelled only "click here", "here", "read more", "more"
 * or "link". Such labels say nothing when a screen reader lists the links of a page, or when a reader
 * skims (WCAG 2.4.4 Link Purpose). Like the good-link-label check of withastro/docs.
 *
 *   node scripts/check-link-labels.mjs [folder=dist]
 *
 * Own code rather than a package: no maintained package checks link labels on static HTML, and the
 * check is a parse (hast-util-from-html, the parser Astro's markdown pipeline uses) plus a word list.
 * The label is the link's accessible name as a screen reader computes it for ordinary links:
 * aria-labelledby, else aria-label, else the text (with images' alt text). Exits 1 on any bad label.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { listFiles } from './lib/static-server.mjs';

/** Labels that do not say where a link goes, compared after lower-casing and trimming punctuation. */
export const VAGUE_LABELS = ['click here', 'here', 'read more', 'more', 'link'];

/** Lower case, single spaces, no punctuation or symbols at either end ("Read more →" -> "read more"). */
function normalise(label) {
  return label
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
}

/** The visible text of a node, with the alt text of images in it. */
function textOf(node) {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element') {
    if (node.properties.ariaHidden === 'true' || node.properties.hidden) return '';
    if (node.tagName === 'img') return String(node.properties.alt ?? '');
  }
  return node.children.map(textOf).join('');
}

/**
 * The links of one HTML document whose label is vague: [{ line, label, href }].
 * @param {string} html
 */
export function findVagueLinks(html) {
  const tree = fromHtml(html);
  const byId = new Map();
  visit(tree, 'element', (node) => {
    if (node.properties.id) byId.set(String(node.properties.id), node);
  });
  const found = [];
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'a' || node.properties.href === undefined) return;
    const labelledBy = node.properties.ariaLabelledBy;
    const label = labelledBy
      ? String(labelledBy)
          .split(/\s+/)
          .map((id) => (byId.has(id) ? toString(byId.get(id)) : ''))
          .join(' ')
      : node.properties.ariaLabel
        ? String(node.properties.ariaLabel)
        : textOf(node);
    if (VAGUE_LABELS.includes(normalise(label))) {
      found.push({
        line: node.position?.start.line ?? 0,
        label: label.replace(/\s+/g, ' ').trim(),
        href: String(node.properties.href),
      });
    }
  });
  return found;
}

/** Every vague link of every HTML file under `folder`: [{ file, line, label, href }]. */
export async function checkLinkLabels(folder) {
  const problems = [];
  const pages = (await listFiles(folder)).filter((file) => file.endsWith('.html'));
  for (const file of pages) {
    for (const link of findVagueLinks(await readFile(join(folder, file), 'utf8')))
      problems.push({ file, ...link });
  }
  return { pages: pages.length, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const folder = process.argv[2] ?? 'dist';
  const { pages, problems } = await checkLinkLabels(folder);
  for (const { file, line, label, href } of problems) {
    console.error(`✗ ${join(folder, file)}:${line} link "${label}" -> ${href}: say where the link goes`);
  }
  console.log(`Link labels: ${pages} page(s) in ${folder}, ${problems.length} vague label(s).`);
  if (problems.length > 0) process.exit(1);
}
