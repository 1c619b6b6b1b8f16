/**
 * Markup the Content-Security-Policy of public/_headers would block, found in the built pages
 * before a host serves them: browsers would silently drop it (a broken page) or, with a looser
 * policy, run it. The rules follow the policy itself, read from the same file:
 * - <script> from another origin: script-src 'self'; a <script> without src (other than JSON-LD
 *   data) unless its sha256 hash is listed in script-src (src/integrations/inline-hashes.ts);
 * - <iframe>, <frame>, <object>, <embed>: default-src / object-src 'none';
 * - on*="..." event handler attributes and javascript: URLs: no 'unsafe-inline' for scripts;
 * - style="..." and <style> blocks: only while style-src allows 'unsafe-inline', else a <style>
 *   must have its sha256 hash listed and style attributes are not allowed at all.
 */
import { createHash } from 'node:crypto';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { urlsOf } from './links';
import { elements, problemAt, type BuiltSite, type Problem } from './site';

/** The sources a directive allows ("'self'", "'unsafe-inline'", "'sha256-...'"), falling back to default-src. */
export function directive(policy: string, name: string): string[] {
  const directives = new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([key, ...values]) => [key!.toLowerCase(), values]),
  );
  return directives.get(name) ?? directives.get('default-src') ?? [];
}

/** The CSP source expression for an inline block: 'sha256-<base64>'. */
export const sha256Source = (content: string) =>
  `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;

const FRAMES = new Set(['iframe', 'frame', 'object', 'embed']);
const DATA_SCRIPTS = new Set(['application/ld+json', 'application/json', 'importmap']);

/** A <script> the browser does not run (JSON-LD and other data blocks), so script-src does not apply. */
export const isDataScript = (element: Element) =>
  DATA_SCRIPTS.has(String(element.properties?.type ?? '').toLowerCase());

export function checkCsp(site: BuiltSite, policy: string, origin: string): Problem[] {
  const styles = directive(policy, 'style-src');
  const scripts = directive(policy, 'script-src');
  const inlineStyles =
    styles.includes("'unsafe-inline'") && !styles.some((source) => /^'(sha|nonce)/.test(source));
  const problems: Problem[] = [];
  for (const page of site.pages) {
    const base = new URL(page.path, `${origin}/`);
    for (const element of elements(page.tree)) {
      const tag = element.tagName;
      const properties = element.properties ?? {};
      if (tag === 'script') {
        const src = properties.src;
        if (typeof src === 'string') {
          if (new URL(src, base).origin !== origin)
            problems.push(
              problemAt(
                page,
                `<script src="${src}"> loads code from another origin, which script-src 'self' blocks`,
                [src],
              ),
            );
        } else if (!isDataScript(element)) {
          const hash = sha256Source(toString(element));
          if (!scripts.includes(hash))
            problems.push(
              problemAt(
                page,
                `inline <script> (${hash}) would be blocked by script-src: list its hash or put the code in a file under src/scripts/`,
                ['<script'],
              ),
            );
        }
      }
      if (FRAMES.has(tag)) {
        problems.push(
          problemAt(page, `<${tag}> is blocked by the Content-Security-Policy (no frames, no plugins)`, [
            `<${tag}`,
          ]),
        );
      }
      for (const [name, value] of Object.entries(properties)) {
        if (/^on[a-z]/i.test(name)) {
          const attribute = name.toLowerCase();
          problems.push(
            problemAt(
              page,
              `<${tag} ${attribute}="..."> is an inline event handler, which script-src blocks`,
              [`${attribute}=`, name],
            ),
          );
        }
        if (name === 'style' && !inlineStyles) {
          problems.push(
            problemAt(
              page,
              `<${tag} style="${String(value)}">: style-src allows no inline style attributes; use a class`,
              [`style=`],
            ),
          );
        }
      }
      for (const url of urlsOf(element)) {
        if (/^\s*javascript:/i.test(url))
          problems.push(
            problemAt(
              page,
              `<${tag}> links to a javascript: URL, which the policy blocks (and no page may run)`,
              ['javascript:'],
            ),
          );
      }
      if (tag === 'style' && !inlineStyles && !styles.includes(sha256Source(toString(element)))) {
        problems.push(
          problemAt(
            page,
            `inline <style> (${sha256Source(toString(element))}) is not allowed by style-src: list its hash or ship the CSS as a file`,
          ),
        );
      }
    }
  }
  return problems;
}
