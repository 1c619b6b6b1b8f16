/**
 * The build gate (src/integrations/build-gate.ts) on small built sites with one planted defect
 * each, and on a clean one that must pass. Each fixture is a project folder in a temporary
 * directory: dist/ with the pages, the MDX they came from, public/_headers and tests/anchors.json.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBuild, policyOf } from '@/integrations/build-gate';
import { sha256Source } from '@/integrations/checks/csp';
import { formatProblem, parsePage } from '@/integrations/checks/site';

const ORIGIN = 'https://semax.example.org';
const POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'";

const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`;

/** The clean site: two sections linking to each other, a citation and its note, a script file. */
const CLEAN: Record<string, string> = {
  'dist/index.html': page(
    `<h1>Overview</h1><h2 id="status">Status</h2><p>Claim<sup><a id="cite-a-1" href="#ref-a">1</a></sup> <a href="/uses/#stroke">stroke</a></p>
     <section><h2 id="references">References</h2><ol><li id="ref-a"><a href="#cite-a-1">back</a></li></ol></section>
     <script type="application/ld+json">{"@type":"WebPage"}</script><script type="module" src="/_astro/a.js"></script>`,
    `<link rel="stylesheet" href="/_astro/a.css"><link rel="canonical" href="${ORIGIN}/">`,
  ),
  'dist/uses/index.html': page(
    '<h1>Uses</h1><h2 id="stroke"><span id="stroke-recovery"></span>Stroke</h2><a href="/">home</a><a href="https://pubmed.ncbi.nlm.nih.gov/1/">PubMed</a>',
  ),
  'dist/_astro/a.js': '',
  'dist/_astro/a.css': '',
  'content/sections/overview.mdx':
    '---\ntitle: Overview\n---\n\n## Status\n\nClaim [@a] and [stroke](/uses/#stroke).\n',
  'content/sections/uses.mdx':
    '---\ntitle: Uses\nanchorAliases:\n  stroke-recovery: stroke\n---\n\n## Stroke\n',
  'public/_headers': `/*\n  Content-Security-Policy: ${POLICY}\n`,
  'tests/anchors.json': JSON.stringify({
    '/': ['status', 'references'],
    '/uses/': ['stroke', 'stroke-recovery'],
  }),
};

/** A project folder with the clean files, `changes` written over them. */
function project(changes: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'build-gate-'));
  for (const [file, text] of Object.entries({ ...CLEAN, ...changes })) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

/** The gate's messages for a project, one line each, as the build prints them. */
function gate(changes: Record<string, string> = {}, limits?: { bytes: number; elements: number }) {
  const root = project(changes);
  return checkBuild(join(root, 'dist'), { origin: ORIGIN, root, limits }).map(formatProblem);
}

const overview = (mdx: string, html: string) => ({
  'content/sections/overview.mdx': `---\ntitle: Overview\n---\n\n## Status\n\n${mdx}\n`,
  'dist/index.html': page(
    `<h1>Overview</h1><h2 id="status">Status</h2><h2 id="references">References</h2>${html}`,
  ),
  'tests/anchors.json': JSON.stringify({ '/': ['status'] }),
});

describe('the build gate', () => {
  it('passes a clean site', () => {
    expect(gate()).toEqual([]);
  });

  it('fails a link to a missing page, naming the source line', () => {
    expect(gate(overview('See [gone](/nowhere/).', '<a href="/nowhere/">gone</a>'))).toEqual([
      'content/sections/overview.mdx:7: link "/nowhere/" points at no page or file (built page dist/index.html)',
    ]);
  });

  it('fails a link without its trailing slash, and says which one was meant', () => {
    expect(gate(overview('[uses](/uses)', '<a href="/uses">uses</a>'))[0]).toMatch(
      /"\/uses" points at no page or file \(did you mean "\/uses\/"\?\)/,
    );
  });

  it('fails a #fragment missing on another page and on the same page', () => {
    const problems = gate(
      overview('[a](/uses/#nope) [b](#gone)', '<a href="/uses/#nope">a</a><a href="#gone">b</a>'),
    );
    expect(problems).toEqual([
      'content/sections/overview.mdx:7: link "/uses/#nope": no element on /uses/ has id "nope" (built page dist/index.html)',
      'content/sections/overview.mdx:7: link "#gone": no element on this page has id "gone" (built page dist/index.html)',
    ]);
  });

  it('fails a citation marker whose note is missing, although the marker has an id (where linkinator is blind)', () => {
    const problems = gate(
      overview('A claim [@missingkey].', '<sup><a id="cite-missingkey-1" href="#ref-missingkey">1</a></sup>'),
    );
    expect(problems).toEqual([
      'content/sections/overview.mdx:7: link "#ref-missingkey": no element on this page has id "ref-missingkey" (built page dist/index.html)',
    ]);
  });

  it('fails a missing stylesheet, script or image and checks absolute links to the site itself', () => {
    const problems = gate({
      'dist/uses/index.html': page(
        `<h1>Uses</h1><h2 id="stroke"><span id="stroke-recovery"></span>Stroke</h2><img src="/_astro/x.png" alt=""><a href="${ORIGIN}/missing/">m</a>`,
        '<script type="module" src="/_astro/gone.js"></script>',
      ),
    });
    expect(problems.map((problem) => problem.replace(/ \(built.*$/, ''))).toEqual([
      'content/sections/uses.mdx: link "/_astro/gone.js" points at no page or file',
      'content/sections/uses.mdx: link "/_astro/x.png" points at no page or file',
      `content/sections/uses.mdx: link "${ORIGIN}/missing/" points at no page or file`,
    ]);
  });

  it('fails duplicate ids: an author\'s own "## References" and a slug equal to an explicit id', () => {
    const problems = gate(
      overview(
        '## Memory\n\n### Memory and attention {/* #memory */}\n\n## References',
        '<h2 id="memory">Memory</h2><h3 id="memory">Memory and attention</h3><h2 id="references">References</h2>',
      ),
    );
    expect(problems).toEqual([
      'content/sections/overview.mdx:11: id "references" is used 2 times (References, References); ids must be unique on a page (built page dist/index.html)',
      'content/sections/overview.mdx:9: id "memory" is used 2 times (Memory, Memory and attention); ids must be unique on a page (built page dist/index.html)',
    ]);
  });

  it('fails two headings with the same text (the slugger would call the second "-1")', () => {
    const problems = gate(
      overview('## Dosing\n\n## Dosing', '<h2 id="dosing">Dosing</h2><h2 id="dosing-1">Dosing</h2>'),
    );
    expect(problems).toEqual([
      'content/sections/overview.mdx:9: two headings read "Dosing" (#dosing and #dosing-1): give one an explicit id, e.g. {/* #my-id */} (built page dist/index.html)',
    ]);
  });

  it('fails an anchor of tests/anchors.json that is gone without an alias', () => {
    const problems = gate({
      'dist/uses/index.html': page('<h1>Uses</h1><h2 id="stroke-and-ischemia">Stroke</h2>'),
      'content/sections/uses.mdx': '---\ntitle: Uses\n---\n\n## Stroke and ischemia\n',
    });
    expect(problems).toEqual([
      'content/sections/overview.mdx:7: link "/uses/#stroke": no element on /uses/ has id "stroke" (built page dist/index.html)',
      'content/sections/uses.mdx:2: #stroke is gone, but links to /uses/#stroke may be shared (tests/anchors.json); keep it with anchorAliases: { stroke: new-id } in the frontmatter (built page dist/uses/index.html)',
      'content/sections/uses.mdx:2: #stroke-recovery is gone, but links to /uses/#stroke-recovery may be shared (tests/anchors.json); keep it with anchorAliases: { stroke-recovery: new-id } in the frontmatter (built page dist/uses/index.html)',
    ]);
  });

  it('fails raw HTML the CSP blocks: inline script, iframe, event handler, javascript: URL', () => {
    const mdx = [
      '<script>alert(1)</script>',
      '<iframe src="https://example.org/"></iframe>',
      '<button onClick="go()">Go</button>',
      '<a href="javascript:alert(1)">x</a>',
      '<script src="https://cdn.example.org/x.js"></script>',
    ].join('\n\n');
    const html =
      '<script>alert(1)</script><iframe src="https://example.org/"></iframe><button onclick="go()">Go</button><a href="javascript:alert(1)">x</a><script src="https://cdn.example.org/x.js"></script>';
    expect(gate(overview(mdx, html)).map((problem) => problem.replace(/ \(built.*$/, ''))).toEqual([
      `content/sections/overview.mdx:7: inline <script> (${sha256Source('alert(1)')}) would be blocked by script-src: list its hash or put the code in a file under src/scripts/`,
      'content/sections/overview.mdx:9: <iframe> is blocked by the Content-Security-Policy (no frames, no plugins)',
      'content/sections/overview.mdx:11: <button onclick="..."> is an inline event handler, which script-src blocks',
      'content/sections/overview.mdx:13: <a> links to a javascript: URL, which the policy blocks (and no page may run)',
      'content/sections/overview.mdx:15: <script src="https://cdn.example.org/x.js"> loads code from another origin, which script-src \'self\' blocks',
    ]);
  });

  it('allows an inline script whose hash script-src lists, and no other', () => {
    const listed = `default-src 'none'; script-src 'self' ${sha256Source('go()')}; style-src 'self'`;
    const page = overview('', '<script type="module">go()</script><script>stop()</script>');
    const problems = gate({ ...page, 'public/_headers': `/*\n  Content-Security-Policy: ${listed}\n` });
    expect(problems.map((problem) => problem.replace(/ \(built.*$/, ''))).toEqual([
      `content/sections/overview.mdx: inline <script> (${sha256Source('stop()')}) would be blocked by script-src: list its hash or put the code in a file under src/scripts/`,
    ]);
  });

  it('allows style attributes and <style> only while style-src does; else a <style> needs its hash', () => {
    const strict = "default-src 'none'; script-src 'self'; style-src 'self'";
    const styled = overview('<p style="color: red">x</p>', '<p style="color: red">x</p><style>p{}</style>');
    expect(gate(styled)).toEqual([]);
    const problems = gate({ ...styled, 'public/_headers': `/*\n  Content-Security-Policy: ${strict}\n` });
    expect(problems.map((problem) => problem.replace(/ \(built.*$/, ''))).toEqual([
      'content/sections/overview.mdx:7: <p style="color: red">: style-src allows no inline style attributes; use a class',
      `content/sections/overview.mdx: inline <style> (${sha256Source('p{}')}) is not allowed by style-src: list its hash or ship the CSS as a file`,
    ]);
    const hashed = `${strict} ${sha256Source('p{}')}`;
    const ok = overview('', '<style>p{}</style>');
    expect(gate({ ...ok, 'public/_headers': `/*\n  Content-Security-Policy: ${hashed}\n` })).toEqual([]);
  });

  it('checks the policy of the built dist/_headers (with the style hashes of the build) over the template', () => {
    const strict = "default-src 'none'; script-src 'self'; style-src 'self'";
    const ok = {
      ...overview('', '<style>p{}</style>'),
      'public/_headers': `/*\n  Content-Security-Policy: ${strict}\n`,
    };
    expect(gate(ok)).toHaveLength(1);
    const built = `/*\n  Content-Security-Policy: ${strict} ${sha256Source('p{}')}\n`;
    expect(gate({ ...ok, 'dist/_headers': built })).toEqual([]);
  });

  it('fails a page past the size limits, with its size', () => {
    const long = '<p>Semax was studied in rats and in a few small human trials.</p>'.repeat(400);
    const problems = gate(overview('', long), { bytes: 100_000, elements: 300 });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^content\/sections\/overview\.mdx: the built page is \d+ KB of HTML with \d+ elements; a page may have at most 98 KB and 300/,
    );
  });

  it('parses a page once for the integrations that read it, and again once it has changed', () => {
    const html = page('<h1>Uses</h1>');
    const tree = parsePage('/tmp/x/index.html', html);
    expect(parsePage('/tmp/x/index.html', html), 'same text: the same tree').toBe(tree);
    expect(parsePage('/tmp/x/index.html', page('<h1>Other</h1>'))).not.toBe(tree);
  });

  it('sees a page rewritten between two checks of the same folder (no stale parse)', () => {
    const root = project();
    const dist = join(root, 'dist');
    expect(checkBuild(dist, { origin: ORIGIN, root })).toEqual([]);
    const uses = CLEAN['dist/uses/index.html']!.replace('</body>', '<a href="/nowhere/">gone</a></body>');
    writeFileSync(join(dist, 'uses/index.html'), uses);
    expect(checkBuild(dist, { origin: ORIGIN, root }).map(formatProblem)).toEqual([
      expect.stringMatching(/link "\/nowhere\/" points at no page or file/),
    ]);
  });

  it('reads the policy of "/*" from a _headers file', () => {
    expect(policyOf('public/_headers')).toMatch(/^default-src 'none'; script-src 'self'/);
  });
});
