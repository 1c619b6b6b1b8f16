/**
 * A copy of the project with its content multiplied, to measure how build time grows with content
 * (`npm run bench`). Each section of content/sections/ gets factor - 1 copies with new ids
 * ("uses-x2.mdx"...) and the same frontmatter except a distinct title, head title, navigation label and
 * order, so the copies pass the schema and become pages like the originals.
 *
 * The copy lives in a temporary folder. Its node_modules is a real folder of symlinks to the project's
 * packages rather than one symlink, so that Astro's caches (node_modules/.astro) are the copy's own:
 * a build of the copy neither reads nor overwrites the project's cache.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { listFiles } from './static-server.mjs';

/** Not copied: dependencies (linked instead), build output, caches, test output, history. */
const SKIP = new Set([
  'node_modules',
  'dist',
  '.astro',
  '.git',
  'test-results',
  'playwright-report',
  'bench-results',
]);
/** Caches Astro and Vite write inside node_modules: each copy gets its own. */
const CACHES = new Set(['.astro', '.vite', '.cache']);

/** A YAML scalar from a frontmatter line, unquoted. */
function yamlValue(raw) {
  const value = raw.trim();
  if (value.startsWith('"')) return JSON.parse(value);
  if (value.startsWith("'")) return value.slice(1, -1).replaceAll("''", "'");
  return value;
}

/** Cuts `text` to at most `max` characters. */
const clip = (text, max) => (text.length <= max ? text : text.slice(0, max).trimEnd());

/**
 * The source of copy number `k` of a section: same body, and a title, head title, navigation label and
 * order of its own (within the schema's length limits).
 * @param {string} source the .mdx file
 * @param {number} k 2, 3, ...
 */
export function copySection(source, k) {
  const rewrite = {
    title: (value) => `${clip(value, 80)} (copy ${k})`,
    headTitle: (value) => `${clip(value, 54)} (copy ${k})`,
    navLabel: (value) => `${clip(value, 12)} ${k}`,
    order: (value) => Number(value) + 100 * k,
  };
  return source.replace(/^---\n([\s\S]*?)\n---/, (_, frontmatter) => {
    const lines = frontmatter.split('\n').map((line) => {
      const match = /^(title|headTitle|navLabel|order):(.*)$/.exec(line);
      if (!match) return line;
      return `${match[1]}: ${JSON.stringify(rewrite[match[1]](yamlValue(match[2])))}`;
    });
    return `---\n${lines.join('\n')}\n---`;
  });
}

/**
 * Copies the project at `root` to a temporary folder with every section multiplied by `factor`.
 * Resolves to { dir, sections, remove }.
 */
export async function makeScaledCopy(root, factor) {
  const dir = await mkdtemp(join(tmpdir(), `semax-x${factor}-`));
  await cp(root, dir, {
    recursive: true,
    filter: (source) => !SKIP.has(basename(source)) || source === root,
  });
  await mkdir(join(dir, 'node_modules'));
  for (const entry of await readdir(join(root, 'node_modules'))) {
    if (!CACHES.has(entry))
      await symlink(join(root, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  const sectionsDir = join(dir, 'content/sections');
  const originals = (await readdir(sectionsDir)).filter((file) => file.endsWith('.mdx'));
  for (const file of originals) {
    const source = await readFile(join(sectionsDir, file), 'utf8');
    for (let k = 2; k <= factor; k++) {
      await writeFile(join(sectionsDir, file.replace(/\.mdx$/, `-x${k}.mdx`)), copySection(source, k));
    }
  }
  return {
    dir,
    sections: originals.length * factor,
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/**
 * A cold `astro build` of the project in `dir` (output and caches deleted first, as on a fresh clone).
 * Resolves to { ms, pages } or throws with the build's output.
 */
export async function timeColdBuild(dir) {
  for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) {
    await rm(join(dir, cache), { recursive: true, force: true });
  }
  const start = performance.now();
  const output = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    });
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(log) : reject(new Error(`astro build failed in ${dir}:\n${log.slice(-3000)}`)),
    );
  });
  const ms = performance.now() - start;
  const pages = (await listFiles(join(dir, 'dist'))).filter((file) => file.endsWith('.html')).length;
  return { ms, pages, output };
}
