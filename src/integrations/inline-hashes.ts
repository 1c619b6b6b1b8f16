/**
 * Lets the site's own inline stylesheet and inline script through the Content-Security-Policy
 * without 'unsafe-inline': at the end of the build, the sha256 hash of every distinct <style> block
 * of the built pages is added to style-src, and of every distinct inline <script> that runs (not
 * JSON-LD data) to script-src, in dist/_headers (the file hosts read; public/_headers is the template
 * and keeps `'self'` alone).
 *
 * Why they are inline at all (issue 16): a separate file is another request, one more round trip
 * on a phone network. The stylesheet blocks the first paint; the script does not, but Lighthouse's
 * model of a slow phone (and a real slow phone) counts every request that starts before the first
 * paint against it, and a file is one: inline, the page is one response. Why our own code: Astro's
 * `security.csp` writes the hashes into a <meta> policy, but a <meta> policy cannot carry
 * frame-ancestors and the header policy would still block the styles, and Astro's header output for
 * static sites exists only in its host adapters, which this site does not use.
 * The build gate (runs after this integration) reads dist/_headers, so an inline block whose hash
 * is missing still fails the build.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { AstroIntegration } from 'astro';
import { isDataScript, sha256Source } from './checks/csp';
import { readBuiltSite } from './checks/site';

/** The CSP hash sources of the inline blocks of one page, in order of appearance. */
export interface InlineHashes {
  /** Every <style> block. */
  style: string[];
  /** Every <script> without src that the browser runs (JSON-LD and other data blocks are not run). */
  script: string[];
}

/** The hashes of a page, from the tree the build gate's reader parsed (checks/site.ts). */
export function inlineHashesOf(tree: Root): InlineHashes {
  const hashes: InlineHashes = { style: [], script: [] };
  visit(tree, 'element', (element: Element) => {
    if (element.tagName === 'style') hashes.style.push(sha256Source(toString(element)));
    if (element.tagName === 'script' && element.properties.src === undefined && !isDataScript(element))
      hashes.script.push(sha256Source(toString(element)));
  });
  return hashes;
}

/**
 * `headers` (a _headers file) with `hashes` appended to the `name` directive (style-src or
 * script-src) of every Content-Security-Policy line. Fails when there are hashes to add and no
 * policy has that directive, rather than shipping a policy that would silently block the site's
 * styles or script.
 */
export function addHashes(
  headers: string,
  name: 'style-src' | 'script-src',
  hashes: readonly string[],
): string {
  if (!hashes.length) return headers;
  let found = false;
  const text = headers.replace(
    new RegExp(`^(\\s+Content-Security-Policy:.*?\\b${name}\\b)([^;\\n]*)`, 'gm'),
    (_line, start: string, sources: string) => {
      found = true;
      const present = new Set(sources.trim().split(/\s+/));
      const added = hashes.filter((hash) => !present.has(hash));
      return `${start}${sources}${added.length ? ` ${added.join(' ')}` : ''}`;
    },
  );
  if (!found)
    throw new Error(`_headers: no Content-Security-Policy with a ${name} to add the inline hashes to`);
  return text;
}

export default function inlineHashes(): AstroIntegration {
  return {
    name: 'inline-hashes',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const headersFile = join(root, '_headers');
        if (!existsSync(headersFile))
          throw new Error(`${headersFile} is missing (copied from public/_headers)`);
        const pages = readBuiltSite(root).pages.map((page) => inlineHashesOf(page.tree));
        const style = [...new Set(pages.flatMap((page) => page.style))];
        const script = [...new Set(pages.flatMap((page) => page.script))];
        const headers = readFileSync(headersFile, 'utf8');
        writeFileSync(headersFile, addHashes(addHashes(headers, 'style-src', style), 'script-src', script));
        logger.info(
          `${style.length} inline stylesheet hash(es) added to style-src, ${script.length} inline script hash(es) to script-src, in _headers`,
        );
      },
    },
  };
}
