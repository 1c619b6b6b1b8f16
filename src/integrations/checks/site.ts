/**
 * The built site as the build gate's checks see it: every file of dist/, and every HTML page parsed
 * once (hast), with the URL path it is served at and the source file it was built from, so that a
 * problem can be reported where an editor can fix it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { HOME_SECTION } from '../../site';

export interface BuiltPage {
  /** URL path: "/uses/", "/404.html". */
  path: string;
  /** The file in the build folder as a URL path ("/uses/index.html"). */
  url: string;
  /** The file in the build folder, relative to the project ("dist/uses/index.html"). */
  file: string;
  /** The project folder, where `source` is. */
  root: string;
  html: string;
  tree: Root;
  /** Where the page's content comes from: an MDX file of content/, else its route in src/pages/. */
  source: string;
}

export interface BuiltSite {
  /** The build folder (dist). */
  dir: string;
  /** Every file of the folder as a URL path ("/_astro/x.css", "/uses/index.html"). */
  files: Set<string>;
  pages: BuiltPage[];
}

/** Where a problem was found: a file, and a line when one could be found. */
export interface Problem {
  file: string;
  line?: number;
  message: string;
}

export const formatProblem = (problem: Problem) =>
  `${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

/**
 * The source of a page: content/sections/<id>.mdx for a section ("/" is the overview),
 * content/pages/<id>.mdx for a stand-alone page, else the route in src/pages/ when one matches.
 */
export function sourceOf(path: string, root = '.'): string {
  const slug = path === '/' ? HOME_SECTION : path.replace(/^\/|\/$/g, '').replace(/\.html$/, '');
  const candidates = [
    `content/sections/${slug}.mdx`,
    `content/pages/${slug}.mdx`,
    `src/pages/${slug}.astro`,
    `src/pages/${slug.split('/')[0]}/[...view].astro`,
    `src/pages/${slug.split('/')[0]}.astro`,
  ];
  return candidates.find((file) => existsSync(join(root, file))) ?? '';
}

/**
 * Parsed pages by file, with the text they were parsed from. Three integrations read every built
 * page one after the other (page-images, inline-hashes, then the build gate), and parsing is most of
 * their time; each asks here, so a page is parsed once per build. A page whose text has changed
 * since (a test that rewrites a fixture) is parsed again.
 */
const parsedPages = new Map<string, { html: string; tree: Root }>();

/** The hast tree of the HTML of `file`, parsed once for a given text. */
export function parsePage(file: string, html: string): Root {
  const cached = parsedPages.get(file);
  if (cached?.html === html) return cached.tree;
  const tree = fromHtml(html);
  parsedPages.set(file, { html, tree });
  return tree;
}

/** Reads and parses the build folder. `root` is the project folder (for sources). */
export function readBuiltSite(dir: string, root = '.'): BuiltSite {
  const files = new Set<string>();
  const pages: BuiltPage[] = [];
  for (const absolute of walk(dir).sort()) {
    const url = `/${relative(dir, absolute).split(sep).join('/')}`;
    files.add(url);
    if (!url.endsWith('.html')) continue;
    const html = readFileSync(absolute, 'utf8');
    const path = url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url;
    const file = relative(root, absolute).split(sep).join('/');
    pages.push({
      path,
      url,
      file,
      root,
      html,
      tree: parsePage(absolute, html),
      source: sourceOf(path, root) || file,
    });
  }
  return { dir, files, pages };
}

const elementCache = new WeakMap<Root, Element[]>();

/** Every element of a page, in document order (collected once per page: every check walks them). */
export function elements(tree: Root): Element[] {
  let found = elementCache.get(tree);
  if (!found) {
    found = [];
    visit(tree, 'element', (node) => {
      found!.push(node);
    });
    elementCache.set(tree, found);
  }
  return found;
}

const sourceCache = new Map<string, string[]>();

/**
 * The first line of `file` that contains one of `needles` (tried in order), or undefined. The
 * built HTML has no map back to the MDX, so we look for the text that made the element: the key
 * of a citation, the text of a heading, the attribute as written.
 */
export function lineOf(
  file: string,
  needles: readonly string[],
  root = '.',
  occurrence = 1,
): number | undefined {
  const path = join(root, file);
  if (!sourceCache.has(path)) {
    sourceCache.set(path, existsSync(path) ? readFileSync(path, 'utf8').split('\n') : []);
  }
  const lines = sourceCache.get(path)!;
  for (const needle of needles.filter(Boolean)) {
    const hits = lines.flatMap((line, index) => (line.includes(needle) ? [index + 1] : []));
    if (hits.length) return hits[Math.min(occurrence, hits.length) - 1];
  }
  return undefined;
}

/** Forgets the cached sources (a dev server rebuilds after edits). */
export function clearSourceCache(): void {
  sourceCache.clear();
}

/** A problem at the page's source, at the first (or `occurrence`-th) line holding one of `needles`. */
export function problemAt(
  page: BuiltPage,
  message: string,
  needles: readonly string[] = [],
  occurrence = 1,
): Problem {
  const line = page.source === page.file ? undefined : lineOf(page.source, needles, page.root, occurrence);
  const where = page.source === page.file ? '' : ` (built page ${page.file})`;
  return { file: page.source, line, message: `${message}${where}` };
}
