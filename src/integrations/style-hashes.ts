/**
 * Lets the site's own inline stylesheet through the Content-Security-Policy without
 * 'unsafe-inline': at the end of the build, the sha256 hash of every distinct <style> block in the
 * built pages is added to style-src in dist/_headers (the file hosts read; public/_headers is the
 * template and keeps `style-src 'self'`).
 *
 * Why the stylesheet is inline at all (issue 16): a separate file is a second request that the first
 * paint waits for, one more round trip on a phone network; inline, the first screen arrives with the
 * HTML. Why our own code: Astro's `security.csp` writes the hashes into a <meta> policy, but a <meta>
 * policy cannot carry frame-ancestors and the header policy would still block the styles, and
 * Astro's header output for static sites exists only in its host adapters, which this site does not use.
 * The build gate (runs after this integration) reads dist/_headers, so a <style> whose hash is
 * missing still fails the build.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { AstroIntegration } from 'astro';
import { sha256Source } from './checks/csp';

/** The CSP hash sources of every distinct <style> block in `html`, in order of appearance. */
export function styleHashesOf(html: string): string[] {
  const hashes: string[] = [];
  visit(fromHtml(html), 'element', (element: Element) => {
    if (element.tagName === 'style') hashes.push(sha256Source(toString(element)));
  });
  return hashes;
}

/**
 * `headers` (a _headers file) with `hashes` appended to the style-src of every
 * Content-Security-Policy line. Fails when there are hashes to add and no policy has a style-src,
 * rather than shipping a policy that would silently block the site's styles.
 */
export function addStyleHashes(headers: string, hashes: readonly string[]): string {
  if (!hashes.length) return headers;
  let found = false;
  const text = headers.replace(
    /^(\s+Content-Security-Policy:.*?\bstyle-src\b)([^;\n]*)/gm,
    (_line, start: string, sources: string) => {
      found = true;
      const present = new Set(sources.trim().split(/\s+/));
      const added = hashes.filter((hash) => !present.has(hash));
      return `${start}${sources}${added.length ? ` ${added.join(' ')}` : ''}`;
    },
  );
  if (!found)
    throw new Error(
      '_headers: no Content-Security-Policy with a style-src to add the inline style hashes to',
    );
  return text;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

export default function styleHashes(): AstroIntegration {
  return {
    name: 'style-hashes',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const headersFile = join(root, '_headers');
        if (!existsSync(headersFile))
          throw new Error(`${headersFile} is missing (copied from public/_headers)`);
        const hashes = [
          ...new Set(htmlFiles(root).flatMap((file) => styleHashesOf(readFileSync(file, 'utf8')))),
        ];
        writeFileSync(headersFile, addStyleHashes(readFileSync(headersFile, 'utf8'), hashes));
        logger.info(`${hashes.length} inline stylesheet hash(es) added to style-src in _headers`);
      },
    },
  };
}
