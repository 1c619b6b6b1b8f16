/**
 * /claims/ as built: every claim of content/claims.json is on the page with its verdict, evidence
 * label and links, the verdicts read at grade 8 or lower, and the FAQPage structured data lists them.
 */
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { extractProse, measure, MAX_GRADE } from '../../scripts/lib/readability.mjs';
import { loadClaims } from '@/lib/claims';
import { distPage, SITEMAP_PATHS } from './dist';

const html = distPage('/claims/');
const claims = loadClaims();

describe('/claims/', () => {
  it('is in the sitemap and in the site navigation of every section', () => {
    expect(SITEMAP_PATHS).toContain('/claims/');
    expect(distPage('/uses/')).toMatch(
      /<nav aria-label="More of the guide"[^>]*>[\s\S]*?href="\/claims\/"[\s\S]*?<\/nav>/,
    );
  });

  it(`has every verdict on the page, and together they read at grade ${MAX_GRADE.keyPoints} or lower`, () => {
    const prose = extractProse(html).body.join('\n');
    for (const claim of claims) expect(prose).toContain(claim.verdict);
    const verdicts = measure(claims.map((c) => c.verdict));
    expect(verdicts.grade, `verdicts at grade ${verdicts.grade}`).toBeLessThanOrEqual(MAX_GRADE.keyPoints);
    for (const claim of claims) {
      const one = measure([claim.verdict]);
      expect(one.long, claim.id).toEqual([]);
    }
  });

  it('gives each claim an anchor and links to headings of the guide', () => {
    for (const claim of claims) {
      expect(html).toContain(`id="${claim.id}"`);
      for (const link of claim.links) expect(html).toContain(`href="${link.href}"`);
    }
  });

  it('publishes the claims as an FAQPage', () => {
    const tree = fromHtml(html);
    const scripts: string[] = [];
    const walk = (node: {
      type: string;
      tagName?: string;
      properties?: Record<string, unknown>;
      children?: unknown[];
    }) => {
      if (node.tagName === 'script' && node.properties?.type === 'application/ld+json') {
        scripts.push((node.children as { value: string }[]).map((c) => c.value).join(''));
      }
      for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
    };
    walk(tree as never);
    const graph = scripts.flatMap(
      (s) => JSON.parse(s)['@graph'] as { '@type': string; mainEntity?: unknown[] }[],
    );
    const faq = graph.find((node) => node['@type'] === 'FAQPage');
    expect(faq?.mainEntity).toHaveLength(claims.length);
  });
});
