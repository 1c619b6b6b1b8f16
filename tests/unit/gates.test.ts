/**
 * Each gate of `npm test` catches the defect it exists for. Every test runs the gate's real command,
 * taken from package.json (so a flag dropped there fails here), on a fixture under
 * tests/fixtures/gates/ with planted defects, and on a clean fixture that must pass, so that a gate
 * that fails on everything does not count as working either.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = 'tests/fixtures/gates';
const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};

/**
 * Runs the package.json script `name` on a fixture: its target in `npm test` (the last word, "." or
 * "dist") is replaced by `args`. Node is this process's Node (24); other tools come from
 * node_modules/.bin, as npm runs them.
 */
async function runGate(name: string, args: string[]) {
  const words = scripts[name]?.split(' ') ?? [];
  expect(words.length, `package.json has no "${name}" script`).toBeGreaterThan(0);
  const base = ['.', 'dist'].includes(words.at(-1) ?? '') ? words.slice(0, -1) : words;
  const [command = '', ...rest] = [...base, ...args];
  const bin = command === 'node' ? process.execPath : join(ROOT, 'node_modules/.bin', command);
  return new Promise<{ status: number; output: string }>((resolve) => {
    const options = { cwd: ROOT, env: { ...process.env, FORCE_COLOR: '0' }, maxBuffer: 16 * 1024 * 1024 };
    execFile(bin, rest, options, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ status, output: `${stdout}\n${stderr}` });
    });
  });
}

// Each test starts a process (Java for vnu, a crawl, astro check): allow a loaded 2-core machine time.
describe.concurrent('gates catch planted defects', { timeout: 300_000 }, () => {
  test('format:check (Prettier) rejects a badly formatted file and accepts a formatted one', async () => {
    // --ignore-path /dev/null: .prettierignore leaves the gate fixtures alone, which is what we test here.
    const bad = await runGate('format:check', ['--ignore-path', '/dev/null', `${FIXTURES}/format/bad.ts`]);
    expect(bad.status).toBe(1);
    expect(bad.output).toContain('format/bad.ts');
    expect(
      (await runGate('format:check', ['--ignore-path', '/dev/null', `${FIXTURES}/format/good.ts`])).status,
    ).toBe(0);
  });

  test('lint (ESLint) fails on an error and, with --max-warnings 0, on a warning alone', async () => {
    const error = await runGate('lint', ['--no-ignore', `${FIXTURES}/lint/error.ts`]);
    expect(error.status).toBe(1);
    expect(error.output).toContain('@typescript-eslint/no-unused-vars');
    expect(error.output).toContain('@typescript-eslint/no-explicit-any');
    const warning = await runGate('lint', ['--no-ignore', `${FIXTURES}/lint/warning.ts`]);
    expect(warning.output).toMatch(/0 errors, 1 warning/);
    expect(warning.status).toBe(1);
    expect((await runGate('lint', ['--no-ignore', `${FIXTURES}/lint/good.ts`])).status).toBe(0);
  });

  test('check (astro check) fails on a type error in an .astro page', async () => {
    const { status, output } = await runGate('check', ['--root', `${FIXTURES}/astro-check`]);
    expect(output).toContain("Type 'string' is not assignable to type 'number'");
    expect(status).toBe(1);
  });

  test('validate:html (Nu HTML Checker) fails on markup errors', async () => {
    const { status, output } = await runGate('validate:html', [`${FIXTURES}/html-invalid`]);
    expect(status).toBe(1);
    expect(output).toContain('Duplicate ID “dup”');
    expect(output).toContain('Stray end tag “span”');
    expect(output).toContain('Element “p” not allowed as child of element “ul”');
    expect(output).toMatch(/3 HTML error\(s\), 0 CSS error\(s\)/);
  });

  test('validate:html counts CSS-checker errors apart and fails on them too', async () => {
    const { status, output } = await runGate('validate:html', [`${FIXTURES}/css-invalid`]);
    expect(status).toBe(1);
    expect(output).toContain("Property “colr” doesn't exist");
    expect(output).toContain("Property “margni-inline” doesn't exist");
    expect(output).toMatch(/0 HTML error\(s\), 2 CSS error\(s\)/);
  });

  test('validate:html accepts valid HTML with modern CSS, counting known CSS-checker gaps as ignored', async () => {
    const { status, output } = await runGate('validate:html', [`${FIXTURES}/html-ok`]);
    expect(output).toMatch(/0 HTML error\(s\), 0 CSS error\(s\), 2 CSS-checker gap\(s\) ignored/);
    expect(status).toBe(0);
  });

  test('check:links fails on missing pages, assets, fragments and sitemap URLs, redirects, http and bad mailto links', async () => {
    const { status, output } = await runGate('check:links', [`${FIXTURES}/links-broken`]);
    expect(status).toBe(1);
    expect(output).toContain("/page/#absent (linked from /): Fragment identifier '#absent' not found");
    expect(output).toContain("/#nowhere (linked from /): Fragment identifier '#nowhere' not found");
    // The home page is checked first; a recursive crawl used to miss this link to one of its fragments.
    expect(output).toContain("/#gone-home (linked from /page/): Fragment identifier '#gone-home' not found");
    expect(output).toMatch(/\/gone\/ \(linked from \/\): 404/);
    expect(output).toMatch(/\/missing\.png \(linked from \/\): 404/);
    expect(output).toMatch(/\/page \(linked from \/\): 301/);
    expect(output).toContain('http://example.org/ (linked from /): external link uses http, not https');
    expect(output).toContain(
      'mailto:corrections (linked from /): external link is not one plain mail address',
    );
    expect(output).toContain('/orphan/ (linked from /sitemap-index.xml): 404');
    expect(output).toMatch(/\/page\/index \(linked from \/\): 404/);
    expect(output).toContain('10 problem(s)');
  });

  test('check:links passes a site whose links, fragments and canonical URLs all resolve', async () => {
    const { status, output } = await runGate('check:links', [`${FIXTURES}/links-ok`]);
    expect(output).toContain('0 problem(s)');
    expect(status).toBe(0);
  });

  test('check:labels fails on "click here", "here", "read more", "more" and "link"', async () => {
    const bad = await runGate('check:labels', [`${FIXTURES}/labels-bad`]);
    expect(bad.status).toBe(1);
    for (const label of ['here', 'Click here', 'Read more →', 'More', 'Link']) {
      expect(bad.output).toContain(`link "${label}"`);
    }
    expect(bad.output).not.toContain('side effects reported in trials');
    expect(bad.output).toContain('5 vague label(s)');
    expect((await runGate('check:labels', [`${FIXTURES}/labels-ok`])).status).toBe(0);
  });
});
