/** The inline stylesheet's hash in the built _headers policy (src/integrations/style-hashes.ts). */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { directive } from '../../src/integrations/checks/csp';
import { addStyleHashes, styleHashesOf } from '../../src/integrations/style-hashes';

const css = 'body{color:#111}p::before{content:"<&>"}';
// The browser hashes the exact text of the <style> element, so the oracle is node:crypto on that text.
const expected = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
const headers = [
  '# style-src in a comment is not a policy',
  '/*',
  "  Content-Security-Policy: default-src 'none'; style-src 'self'; img-src 'self'",
  '  X-Frame-Options: DENY',
  '',
].join('\n');

describe('style hashes', () => {
  it('hashes each <style> block of a page as the browser does', () => {
    const html = `<!doctype html><html><head><style>${css}</style></head><body><style>a{}</style></body></html>`;
    const hashes = styleHashesOf(html);
    expect(hashes).toHaveLength(2);
    expect(hashes[0]).toBe(expected);
  });

  it('adds the hashes to style-src and nowhere else, once', () => {
    const once = addStyleHashes(headers, [expected]);
    const policy = /Content-Security-Policy: (.*)/.exec(once)![1]!;
    expect(directive(policy, 'style-src')).toEqual(["'self'", expected]);
    expect(directive(policy, 'img-src')).toEqual(["'self'"]);
    expect(once.split('\n')[0]).toBe(headers.split('\n')[0]);
    expect(addStyleHashes(once, [expected])).toBe(once);
  });

  it('leaves the file alone when no page has inline styles', () => {
    expect(addStyleHashes(headers, [])).toBe(headers);
  });

  it('fails rather than ship a policy that would block the styles', () => {
    expect(() => addStyleHashes('/*\n  X-Frame-Options: DENY\n', [expected])).toThrow(
      /no Content-Security-Policy with a style-src/,
    );
  });
});
