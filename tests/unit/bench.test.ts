/**
 * The parts of `npm run bench` that decide something: the budget check (which makes the benchmark
 * exit 1) and the content multiplier (whose copies must pass the section schema to be built).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUDGETS, brokenBudgets } from '../../scripts/budgets.mjs';
import { beforeFirstParagraph, floorHtml } from '../../scripts/lib/first-paint.mjs';
import { copySection } from '../../scripts/lib/scaled-copy.mjs';
import { sectionSchema } from '@/lib/schemas';

const GOOD_PAGE = {
  scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 },
  metrics: { cls: 0, lcp: 700, tbt: 0 },
  lcpToFloor: 1,
  jsBytes: 0,
  beforeFirstParagraphBytes: 2_000,
  thirdPartyRequests: 0,
  noJsTextShare: 1,
};

describe('brokenBudgets', () => {
  test('a page within every budget breaks none', () => {
    expect(brokenBudgets(GOOD_PAGE)).toEqual([]);
  });

  test('names each broken budget', () => {
    const broken = brokenBudgets({
      scores: { ...GOOD_PAGE.scores, performance: 99, seo: 92 },
      metrics: { cls: 0.01, lcp: 801, tbt: 12 },
      lcpToFloor: 1.25,
      jsBytes: BUDGETS.maxJsBytes + 1,
      beforeFirstParagraphBytes: BUDGETS.maxBeforeFirstParagraphBytes + 1,
      thirdPartyRequests: 1,
      noJsTextShare: 0.5,
    });
    expect(broken).toEqual([
      'Lighthouse performance 99 < 100',
      'Lighthouse seo 92 < 100',
      'CLS 0.01 > 0',
      'LCP 801 ms > 800 ms',
      "LCP 1.25 x the floor's > 1.1",
      'TBT 12 ms > 0 ms',
      'compressed JavaScript 3073 B > 3072 B',
      'compressed bytes before the first paragraph 14337 B > 14336 B',
      '1 third-party request(s) > 0',
      'only 50% of the text is readable without JavaScript (< 98%)',
    ]);
  });

  test('a page exactly at each limit passes', () => {
    const atLimits = {
      ...GOOD_PAGE,
      metrics: { cls: BUDGETS.maxCls, lcp: BUDGETS.maxLcpMs, tbt: BUDGETS.maxTbtMs },
      lcpToFloor: BUDGETS.maxLcpToFloor,
      jsBytes: BUDGETS.maxJsBytes,
      beforeFirstParagraphBytes: BUDGETS.maxBeforeFirstParagraphBytes,
      noJsTextShare: BUDGETS.minNoJsTextShare,
    };
    expect(brokenBudgets(atLimits)).toEqual([]);
  });
});

describe('beforeFirstParagraph', () => {
  const page = (main: string) =>
    `<!doctype html><html><head><title>t</title><script type="application/ld+json">{"a":1}</script></head>` +
    `<body><header><p>banner</p></header><main>${main}</main><p>footer</p></body></html>`;

  test('ends where the first paragraph of text in <main> starts, past its header and nav', () => {
    const html = page('<header><p class="meta">Reviewed</p></header><nav><p>Contents</p></nav><p>Text</p>');
    expect(beforeFirstParagraph(Buffer.from(html)).toString()).toBe(html.slice(0, html.indexOf('<p>Text')));
  });

  test('counts bytes, not characters, and takes the first <p> of <main> when all are in its header', () => {
    const html = page('<header><h1>Über</h1><p>Only</p></header>');
    const before = beforeFirstParagraph(Buffer.from(html));
    expect(before.toString()).toBe(html.slice(0, html.indexOf('<p>Only')));
    expect(before.length).toBe(Buffer.byteLength(html.slice(0, html.indexOf('<p>Only'))));
  });

  test('is the whole page when <main> has no paragraph', () => {
    const html = page('<h1>No text</h1>');
    expect(beforeFirstParagraph(Buffer.from(html)).toString()).toBe(html);
  });
});

describe('floorHtml', () => {
  test('removes every script but JSON-LD and inlines same-origin stylesheets', async () => {
    const html =
      '<head><link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/f.svg">' +
      '<script type="module" src="/_astro/x.js"></script></head><body><p>Text</p>' +
      '<script type="module">alert(1)</script><script type="application/ld+json">{"b":2}</script></body>';
    const floor = await floorHtml(html, async (href) => `/* ${href} */ p{color:red}`);
    expect(floor).toBe(
      '<head><style>/* /_astro/a.css */ p{color:red}</style><link rel="icon" href="/f.svg">' +
        '</head><body><p>Text</p><script type="application/ld+json">{"b":2}</script></body>',
    );
  });
});

describe('copySection', () => {
  const source = readFileSync(join(import.meta.dirname, '../../content/sections/uses.mdx'), 'utf8');
  const frontmatter = (mdx: string) =>
    Object.fromEntries(
      /^---\n([\s\S]*?)\n---/
        .exec(mdx)![1]!
        .split('\n')
        .filter((line) => /^[A-Za-z]+:/.test(line))
        .map((line) => {
          const [key, ...rest] = line.split(':');
          const raw = rest.join(':').trim();
          return [key, raw.startsWith('"') ? JSON.parse(raw) : raw];
        }),
    );

  test('gives the copy its own title, head title, navigation label and order, and keeps the body', () => {
    const copy = copySection(source, 50);
    const original = frontmatter(source);
    const copied = frontmatter(copy);
    expect(copied.title).toBe(`${original.title} (copy 50)`);
    expect(copied.headTitle).toMatch(/ \(copy 50\)$/);
    expect(copied.navLabel).toBe(`${original.navLabel} 50`);
    expect(Number(copied.order)).toBe(Number(original.order) + 5000);
    expect(copy.split('\n---\n').slice(1)).toEqual(source.split('\n---\n').slice(1));
  });

  test('keeps the rewritten fields within the section schema for every section and copy number', () => {
    for (const id of ['overview', 'mechanisms', 'uses', 'side-effects', 'disclaimer']) {
      const mdx = readFileSync(join(import.meta.dirname, `../../content/sections/${id}.mdx`), 'utf8');
      for (const k of [2, 50]) {
        const { title, headTitle, navLabel, order } = frontmatter(copySection(mdx, k));
        const rewritten = sectionSchema.pick({ title: true, headTitle: true, navLabel: true, order: true });
        const result = rewritten.safeParse({ title, headTitle, navLabel, order: Number(order) });
        expect(result.error?.issues ?? [], `${id} copy ${k}`).toEqual([]);
      }
    }
  });
});
