/** The inline stylesheet's and script's hashes in the built _headers policy (src/integrations/inline-hashes.ts). */
import { createHash } from 'node:crypto';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { directive } from '../../src/integrations/checks/csp';
import { addHashes, inlineHashesOf } from '../../src/integrations/inline-hashes';

// The browser hashes the exact text of the element, so the oracle is node:crypto on that text.
const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const css = 'body{color:#111}p::before{content:"<&>"}';
const js = 'const a=1<2&&"</p>";console.log(a)';
const expected = sha(css);
const headers = [
  '# style-src in a comment is not a policy',
  '/*',
  "  Content-Security-Policy: default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'",
  '  X-Frame-Options: DENY',
  '',
].join('\n');

describe('inline hashes', () => {
  it('hashes each <style> block and each inline script that runs, as the browser does', () => {
    const html =
      `<!doctype html><html><head><style>${css}</style><script type="application/ld+json">{"a":1}</script>` +
      `</head><body><style>a{}</style><script src="/x.js"></script><script type="module">${js}</script></body></html>`;
    const hashes = inlineHashesOf(fromHtml(html));
    expect(hashes.style).toEqual([expected, sha('a{}')]);
    // Neither the JSON-LD (data, never run) nor the external script.
    expect(hashes.script).toEqual([sha(js)]);
  });

  it('adds the hashes to the named directive and nowhere else, once', () => {
    const once = addHashes(addHashes(headers, 'style-src', [expected]), 'script-src', [sha(js)]);
    const policy = /Content-Security-Policy: (.*)/.exec(once)![1]!;
    expect(directive(policy, 'style-src')).toEqual(["'self'", expected]);
    expect(directive(policy, 'script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", sha(js)]);
    expect(directive(policy, 'img-src')).toEqual(["'self'"]);
    expect(once.split('\n')[0]).toBe(headers.split('\n')[0]);
    expect(addHashes(once, 'style-src', [expected])).toBe(once);
  });

  it('leaves the file alone when no page has inline blocks', () => {
    expect(addHashes(headers, 'style-src', [])).toBe(headers);
  });

  it('fails rather than ship a policy that would block the styles or the script', () => {
    expect(() => addHashes('/*\n  X-Frame-Options: DENY\n', 'style-src', [expected])).toThrow(
      /no Content-Security-Policy with a style-src/,
    );
    expect(() =>
      addHashes("/*\n  Content-Security-Policy: style-src 'self'\n", 'script-src', [expected]),
    ).toThrow(/no Content-Security-Policy with a script-src/);
  });
});
