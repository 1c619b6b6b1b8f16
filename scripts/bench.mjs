/**
 * Benchmark (`npm run bench`): builds the site, serves it on 127.0.0.1 compressed as a CDN would, and
 * measures every page; prints tables, writes bench-results/bench-<time>.json, and exits 1 when a page
 * breaks a budget of scripts/budgets.mjs. Not part of `npm test`: it takes minutes and its figures
 * depend on the machine.
 *
 *   npm run bench [-- --runs 3] [--factors 10,50] [--port 4340] [--pages /,/uses/]
 *
 * What it measures (each repeated --runs times; tables and budgets use the medians):
 * - Lighthouse 12 (its default: mobile, simulated throttling) on Debian's Chromium: the four category
 *   scores, FCP, LCP, CLS, TBT and Speed Index;
 * - bytes over the wire by kind (Lighthouse's transfer sizes, headers included) and request count;
 * - from the built files: brotli size of the HTML plus its render-blocking CSS (what the first screen
 *   needs; all of it blocks the first paint, so it is an upper bound of the "critical" CSS), brotli
 *   size of the JavaScript a page runs, and requests to other origins;
 * - the brotli size of the HTML before the first paragraph of <main>, plus any render-blocking
 *   stylesheet: what must arrive before the first line of text can be painted;
 * - a floor, in the same Lighthouse session: each page again with every script removed and its
 *   stylesheets inlined (served under /__floor/), and the ratio of the page's LCP to the floor's,
 *   so that the gap is a ratio anyone can re-measure on a machine of any speed;
 * - with Playwright, how much of the text of <main> is visible with JavaScript off;
 * - cold build time of the whole site, and of copies with every section multiplied by each factor.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, release } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import lighthouse from 'lighthouse';
import { visit } from 'unist-util-visit';
import { BUDGETS, brokenBudgets } from './budgets.mjs';
import { beforeFirstParagraph, floorHtml } from './lib/first-paint.mjs';
import { makeScaledCopy, timeColdBuild } from './lib/scaled-copy.mjs';
import { chromiumExecutable } from './lib/chromium.mjs';
import { readSitemap } from './lib/sitemap.mjs';
import { compressedSizes, listFiles, serveFolder } from './lib/static-server.mjs';

const ROOT = join(import.meta.dirname, '..');
const CHROMIUM = chromiumExecutable();
if (!CHROMIUM) throw new Error('No Chromium found: npm run test:e2e installs one, or set CHROMIUM_PATH');
/** The flags the team agreed on: headless, and no calls home (our machines have no network). */
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  cls: 'cumulative-layout-shift',
  tbt: 'total-blocking-time',
  si: 'speed-index',
};
/** Lighthouse's resource kinds, as the tables name them. */
const KINDS = { document: 'html', stylesheet: 'css', script: 'js', font: 'fonts', image: 'images' };

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    factors: { type: 'string', default: '10,50' },
    port: { type: 'string', default: '0' },
    // Only these pages (comma-separated paths, e.g. "/,/uses/"); default: every page of the sitemap.
    pages: { type: 'string', default: '' },
  },
});
const RUNS = Number(options.runs);
const FACTORS = options.factors
  .split(',')
  .filter(Boolean)
  .map(Number)
  .filter((factor) => factor > 1);

function median(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Pages to measure: the sitemap's when there is one, else every index.html of the build. */
async function pagePaths(dist) {
  const paths = readSitemap(dist).map(({ loc }) => new URL(loc).pathname);
  if (paths.length > 0) return paths;
  return (await listFiles(dist))
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .map((file) => `/${file.slice(0, -'index.html'.length)}`);
}

/** The built file a same-origin URL path is served from. */
function fileFor(dist, pathname) {
  const path = join(dist, decodeURIComponent(pathname));
  return existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
}

/** One Lighthouse run: scores (0-100), metrics, bytes by kind, requests, script URLs, other origins. */
async function lighthouseRun(url, port) {
  const { lhr } = await lighthouse(url, { port, output: 'json', logLevel: 'error' });
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
  const summary = lhr.audits['resource-summary'].details.items;
  const requests = lhr.audits['network-requests'].details.items;
  const origin = new URL(url).origin;
  const bytes = Object.fromEntries(Object.values(KINDS).map((kind) => [kind, 0]));
  for (const item of summary)
    if (KINDS[item.resourceType]) bytes[KINDS[item.resourceType]] = item.transferSize;
  bytes.total = summary.find((item) => item.resourceType === 'total').transferSize;
  return {
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, Math.round(lhr.categories[id].score * 100)])),
    metrics: Object.fromEntries(
      Object.entries(METRICS).map(([name, id]) => [name, lhr.audits[id].numericValue]),
    ),
    bytes,
    requests: summary.find((item) => item.resourceType === 'total').requestCount,
    // Lighthouse's measure of how fast this machine ran at that moment (higher is faster): a busy,
    // shared machine shows here first, and in TBT, which it stretches even on a page without JavaScript.
    benchmarkIndex: lhr.environment.benchmarkIndex,
    scripts: requests
      .filter((item) => item.resourceType === 'Script' && item.url.startsWith(origin))
      .map((item) => new URL(item.url).pathname),
    thirdParty: requests
      .map((item) => item.url)
      .filter((request) => /^https?:/.test(request) && !request.startsWith(origin)),
    erroredAudits: Object.values(lhr.audits)
      .filter((audit) => audit.scoreDisplayMode === 'error')
      .map((audit) => audit.id),
  };
}

/**
 * Sizes from the built files: brotli/gzip bytes of the HTML and its render-blocking stylesheets, and
 * brotli bytes of its JavaScript (external files, plus inline scripts compressed on their own).
 */
async function fileSizes(dist, pathname, loadedScripts) {
  const html = await readFile(fileFor(dist, pathname));
  const tree = fromHtml(html.toString('utf8'));
  const stylesheets = [];
  const scripts = new Set(loadedScripts);
  let inlineJs = '';
  visit(tree, 'element', (node) => {
    const { rel, href, media, src, type } = node.properties;
    if (node.tagName === 'link' && Array.isArray(rel) && rel.includes('stylesheet') && media !== 'print') {
      if (String(href).startsWith('/')) stylesheets.push(String(href));
    }
    const isJs = !type || ['module', 'text/javascript', 'application/javascript'].includes(String(type));
    if (node.tagName === 'script' && isJs) {
      if (src) scripts.add(new URL(String(src), 'http://x').pathname);
      else inlineJs += toString(node);
    }
  });
  const htmlSize = compressedSizes(html);
  const cssSizes = await Promise.all(
    stylesheets.map(async (href) => compressedSizes(await readFile(fileFor(dist, href)))),
  );
  const jsSizes = await Promise.all(
    [...scripts].map(async (path) => compressedSizes(await readFile(fileFor(dist, path))).br),
  );
  return {
    firstRoundTrip: {
      br: htmlSize.br + cssSizes.reduce((sum, size) => sum + size.br, 0),
      gzip: htmlSize.gzip + cssSizes.reduce((sum, size) => sum + size.gzip, 0),
    },
    // The prefix of the HTML up to the first paragraph, compressed on its own (what a streaming
    // brotli response has sent by then), plus the blocking stylesheets, which the paint waits for.
    beforeFirstParagraph:
      compressedSizes(beforeFirstParagraph(html)).br + cssSizes.reduce((sum, size) => sum + size.br, 0),
    jsBytes:
      jsSizes.reduce((sum, size) => sum + size, 0) +
      (inlineJs.trim() ? compressedSizes(Buffer.from(inlineJs)).br : 0),
  };
}

/** Where the floor versions of the pages are served, beside the pages themselves (one server, one port). */
const FLOOR = '/__floor';

/**
 * Writes into dist/__floor/ every page of the build with no JavaScript and its stylesheets inlined in
 * <head>: the floor of what this HTML can do (scripts/lib/first-paint.mjs). Same server and origin as
 * the pages; Lighthouse clears the cache before each run, so neither helps the other.
 */
async function writeFloor(dist) {
  for (const file of (await listFiles(dist)).filter((name) => name.endsWith('.html'))) {
    const html = await floorHtml(await readFile(join(dist, file), 'utf8'), (href) =>
      readFile(fileFor(dist, href), 'utf8'),
    );
    await mkdir(dirname(join(dist, FLOOR, file)), { recursive: true });
    await writeFile(join(dist, FLOOR, file), html);
  }
}

/** Share of the words in <main> with JavaScript on that are also visible with it off. */
async function noJsTextShare(browser, url) {
  const words = async (javaScriptEnabled) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    // Controls that scripts add (copy/share buttons and their live regions) are not text to read:
    // leave them out, so the share measures the article, not the enhancements.
    await page.locator('main button, main [aria-live]').evaluateAll((controls) => {
      for (const control of controls) control.style.display = 'none';
    });
    const main = page.locator('main');
    const text = await ((await main.count()) > 0 ? main.first() : page.locator('body')).innerText();
    await context.close();
    const counts = new Map();
    for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
      counts.set(word, (counts.get(word) ?? 0) + 1);
    return counts;
  };
  const withJs = await words(true);
  const withoutJs = await words(false);
  let total = 0;
  let kept = 0;
  for (const [word, count] of withJs) {
    total += count;
    kept += Math.min(count, withoutJs.get(word) ?? 0);
  }
  return total === 0 ? 0 : kept / total;
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const ms = (value) => String(Math.round(value));
function table(head, rows) {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

// 1. Build times: the site as it is, then with its sections multiplied. The 1x copy is what we serve.
console.log(`Benchmark: ${RUNS} run(s) of everything; medians below.\n`);
const builds = [];
let site;
for (const factor of [1, ...FACTORS]) {
  const copy = await makeScaledCopy(ROOT, factor);
  // One untimed build first, so the disk cache is warm for every timed run, not for all but the first.
  if (factor === 1) await timeColdBuild(copy.dir);
  const times = [];
  let pages = 0;
  for (let run = 1; run <= RUNS; run++) {
    const build = await timeColdBuild(copy.dir);
    times.push(build.ms);
    pages = build.pages;
    console.log(
      `build ${factor}x (${copy.sections} sections, ${pages} pages), run ${run}: ${(build.ms / 1000).toFixed(1)} s`,
    );
  }
  builds.push({ factor, sections: copy.sections, pages, runsMs: times, medianMs: median(times) });
  if (factor === 1) site = copy;
  else await copy.remove();
}
const dist = join(site.dir, 'dist');

// 2. Per page: Lighthouse runs (one Chromium, pages interleaved so a busy moment hits every page alike).
const only = options.pages.split(',').filter(Boolean);
const paths = (await pagePaths(dist)).filter((path) => only.length === 0 || only.includes(path));
await writeFloor(dist);
const server = await serveFolder(dist, { port: Number(options.port), compress: true });
const runs = new Map(paths.map((path) => [path, []]));
const floorRuns = new Map(paths.map((path) => [path, []]));
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
try {
  for (let run = 1; run <= RUNS; run++) {
    for (const path of paths) {
      const result = await lighthouseRun(`${server.origin}${path}`, chrome.port);
      runs.get(path).push(result);
      // The floor right after the page, so both see the same moment of a busy machine.
      const floorResult = await lighthouseRun(`${server.origin}${FLOOR}${path}`, chrome.port);
      floorRuns.get(path).push(floorResult);
      console.log(
        `lighthouse ${path}, run ${run}: ${CATEGORIES.map((id) => result.scores[id]).join('/')}, ` +
          `LCP ${ms(result.metrics.lcp)} ms (floor ${ms(floorResult.metrics.lcp)} ms)`,
      );
    }
  }
} finally {
  await chrome.kill();
}

// 3. Text without JavaScript, and sizes from the files.
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: CHROME_FLAGS.filter((flag) => !flag.startsWith('--headless')),
});
const pages = [];
try {
  for (const path of paths) {
    const results = runs.get(path);
    const medianOf = (pick) => median(results.map(pick));
    const sizes = await fileSizes(dist, path, [...new Set(results.flatMap((result) => result.scripts))]);
    const page = {
      path,
      scores: Object.fromEntries(CATEGORIES.map((id) => [id, medianOf((result) => result.scores[id])])),
      metrics: Object.fromEntries(
        Object.keys(METRICS).map((name) => [name, medianOf((result) => result.metrics[name])]),
      ),
      bytes: Object.fromEntries(
        Object.keys(results[0].bytes).map((kind) => [kind, medianOf((result) => result.bytes[kind])]),
      ),
      requests: medianOf((result) => result.requests),
      benchmarkIndex: medianOf((result) => result.benchmarkIndex),
      floorMetrics: Object.fromEntries(
        Object.keys(METRICS).map((name) => [
          name,
          median(floorRuns.get(path).map((result) => result.metrics[name])),
        ]),
      ),
      firstRoundTripBytes: sizes.firstRoundTrip.br,
      beforeFirstParagraphBytes: sizes.beforeFirstParagraph,
      firstRoundTripGzipBytes: sizes.firstRoundTrip.gzip,
      jsBytes: sizes.jsBytes,
      thirdPartyRequests: Math.max(...results.map((result) => result.thirdParty.length)),
      thirdPartyUrls: [...new Set(results.flatMap((result) => result.thirdParty))],
      noJsTextShare: await noJsTextShare(browser, `${server.origin}${path}`),
      erroredAudits: [...new Set(results.flatMap((result) => result.erroredAudits))],
      runs: results.map(({ scores, metrics, bytes, requests, benchmarkIndex }) => ({
        scores,
        metrics,
        bytes,
        requests,
        benchmarkIndex,
      })),
    };
    page.lcpToFloor = page.metrics.lcp / page.floorMetrics.lcp;
    page.broken = brokenBudgets(page);
    pages.push(page);
  }
} finally {
  await browser.close();
  await server.close();
  await site.remove();
}

// 4. Report.
const chromiumVersion = execFileSync(CHROMIUM, ['--version'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'ignore'],
}).trim();
const machine = `${cpus().length} cores, Linux ${release()}, ${chromiumVersion}, Node ${process.versions.node}`;
console.log(`\nMachine: ${machine}. Medians of ${RUNS} run(s).\n`);
console.log(
  table(
    ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'FCP ms', 'LCP ms', 'CLS', 'TBT ms', 'SI ms', 'CPU index'],
    pages.map((page) => [
      page.path,
      ...CATEGORIES.map((id) => page.scores[id]),
      ms(page.metrics.fcp),
      ms(page.metrics.lcp),
      page.metrics.cls.toFixed(3),
      ms(page.metrics.tbt),
      ms(page.metrics.si),
      Math.round(page.benchmarkIndex),
    ]),
  ),
);
console.log('\nFirst paint: LCP against the floor (same page, no JavaScript, CSS inline), same run:\n');
console.log(
  table(
    [
      'page',
      'FCP ms',
      'LCP ms',
      'floor FCP ms',
      'floor LCP ms',
      'LCP / floor',
      'before 1st paragraph br',
      'requests',
    ],
    pages.map((page) => [
      page.path,
      ms(page.metrics.fcp),
      ms(page.metrics.lcp),
      ms(page.floorMetrics.fcp),
      ms(page.floorMetrics.lcp),
      page.lcpToFloor.toFixed(2),
      kb(page.beforeFirstParagraphBytes),
      page.requests,
    ]),
  ),
);
console.log('\nOver the wire (KB, transfer size with headers), and from the files (brotli):\n');
console.log(
  table(
    [
      'page',
      'HTML',
      'CSS',
      'JS',
      'fonts',
      'images',
      'total',
      'requests',
      'HTML+CSS br',
      'JS br',
      '3rd party',
      'text w/o JS',
    ],
    pages.map((page) => [
      page.path,
      ...['html', 'css', 'js', 'fonts', 'images', 'total'].map((kind) => kb(page.bytes[kind])),
      page.requests,
      kb(page.firstRoundTripBytes),
      kb(page.jsBytes),
      page.thirdPartyRequests,
      `${Math.round(page.noJsTextShare * 100)}%`,
    ]),
  ),
);
console.log('\nCold build (`astro build`, caches deleted), sections multiplied:\n');
console.log(
  table(
    ['content', 'sections', 'pages', 'build s', 'runs s', 'ms per page', 'ms per page added (vs 1x)'],
    builds.map((build) => [
      `${build.factor}x`,
      build.sections,
      build.pages,
      (build.medianMs / 1000).toFixed(1),
      build.runsMs.map((time) => (time / 1000).toFixed(1)).join(' / '),
      ms(build.medianMs / build.pages),
      build.factor === 1 ? '' : ms((build.medianMs - builds[0].medianMs) / (build.pages - builds[0].pages)),
    ]),
  ),
);
const errored = [...new Set(pages.flatMap((page) => page.erroredAudits))];
if (errored.length > 0)
  console.log(`\nLighthouse audits that errored (diagnostics, not scored): ${errored.join(', ')}`);

await mkdir(join(ROOT, 'bench-results'), { recursive: true });
const file = join(ROOT, 'bench-results', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
await writeFile(
  file,
  `${JSON.stringify({ date: new Date().toISOString(), machine, runs: RUNS, budgets: BUDGETS, pages, builds }, null, 2)}\n`,
);
console.log(`\nResults: ${file}`);

const broken = pages.filter((page) => page.broken.length > 0);
for (const page of broken) console.error(`✗ ${page.path}: ${page.broken.join('; ')}`);
if (broken.length > 0) {
  console.error(`\n${broken.length} page(s) break a budget (scripts/budgets.mjs).`);
  process.exit(1);
}
console.log('\nEvery page keeps every budget.');
