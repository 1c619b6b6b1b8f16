/**
 * Whose evidence, as the built site shows it: the explorer's marks, views and counts, and the notes
 * under each graded finding, recomputed here from the bibliography's `developerNetwork` field and
 * the sources each row or section really links to (read from dist/ with jsdom).
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { distPage, SITEMAP_PATHS } from './dist';

type Network = 'yes' | 'no' | 'unknown';
const network = new Map<string, Network>(
  (
    JSON.parse(readFileSync('content/references.json', 'utf8')) as { id: string; developerNetwork: Network }[]
  ).map((r) => [r.id, r.developerNetwork]),
);
const page = (path: string) => new JSDOM(distPage(path)).window.document;
const keysOf = (el: Element, selector: string) => [
  ...new Set([...el.querySelectorAll(selector)].map((a) => a.getAttribute('href')!.split('#ref-')[1]!)),
];

/** The rule, written out again independently of src/lib/independence.ts. */
function expectedSupport(keys: string[]): string {
  const values = keys.map((k) => network.get(k));
  expect(values, `every source of ${keys.join(', ')} is in the bibliography`).not.toContain(undefined);
  if (values.includes('no')) return 'independent';
  if (values.every((v) => v === 'yes')) return 'developer';
  return 'unknown';
}

describe('independent evidence in the explorer', () => {
  const all = page('/evidence/');
  const rows = [...all.querySelectorAll('table.claims tbody tr')];
  const expected = rows.map((row) => expectedSupport(keysOf(row, 'td:last-child a[href*="#ref-"]')));
  const count = (kind: string) => expected.filter((e) => e === kind).length;

  it('marks each claim with the support its cited sources give, by developerNetwork', () => {
    expect(rows.length).toBeGreaterThan(50);
    rows.forEach((row, i) => {
      expect(row.getAttribute('data-support'), row.querySelector('td a')?.textContent ?? '').toBe(
        expected[i],
      );
      const mark = row.querySelector('.support-mark')!.textContent!.trim();
      expect(mark).toBe(
        {
          independent: 'At least one independent source',
          developer: 'Developer group only',
          unknown: 'Independence unknown',
        }[expected[i]!],
      );
    });
    // Both kinds occur in this guide: otherwise the views below would prove little.
    expect(count('independent')).toBeGreaterThan(0);
    expect(count('developer')).toBeGreaterThan(0);
  });

  it('states the counts and the rule where the figures appear', () => {
    const text = all.querySelector('#independence')!.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain(
      `Of the ${rows.length} claims, ${count('independent')} have at least one independent source and ${count('developer')} rest only on sources with an author from the developer group`,
    );
    if (count('unknown')) expect(text).toContain(`for ${count('unknown')} we cannot tell`);
    expect(text).toContain('none of the authors it lists belongs to the group that developed Semax');
    expect(text).toContain('when it gives no authors');
  });

  for (const [kind, label] of [
    ['independent', 'Independent support'],
    ['developer', 'Developer group only'],
  ] as const) {
    it(`has a pre-built view /evidence/support/${kind}/ with exactly those claims`, () => {
      const view = page(`/evidence/support/${kind}/`);
      const claims = [...view.querySelectorAll('table.claims tbody tr td:first-child > a')].map((a) =>
        a.getAttribute('href'),
      );
      const wanted = rows
        .filter((_, i) => expected[i] === kind)
        .map((r) => r.querySelector('td:first-child > a')!.getAttribute('href'));
      expect(claims).toEqual(wanted);
      expect(view.querySelector('#claims')!.textContent).toBe(`${label}: ${wanted.length} claims`);
      expect(
        view.querySelector(`nav.filters a[href="/evidence/support/${kind}/"]`)!.getAttribute('aria-current'),
      ).toBe('page');
      expect(SITEMAP_PATHS).toContain(`/evidence/support/${kind}/`);
    });
  }
});

describe('independence notes on the section pages', () => {
  it('count, under each graded finding, the sources cited in its part of the page', () => {
    let notes = 0;
    for (const path of SITEMAP_PATHS.filter((p) => page(p).querySelector('.evidence-label'))) {
      const doc = page(path);
      for (const note of doc.querySelectorAll('.prose .independence-note')) {
        notes++;
        const wrapper = note.previousElementSibling!.previousElementSibling!;
        expect(wrapper.className).toMatch(/heading-wrapper level-h(\d)/);
        const rank = Number(/level-h(\d)/.exec(wrapper.className)![1]);
        const part: Element[] = [];
        for (let el = note.nextElementSibling; el; el = el.nextElementSibling) {
          const r = /heading-wrapper level-h(\d)/.exec(el.className)?.[1];
          if (r && Number(r) <= rank) break;
          part.push(el);
        }
        const keys = [...new Set(part.flatMap((el) => keysOf(el, 'a.cite-link')))];
        const n = (v: Network) => keys.filter((k) => network.get(k) === v).length;
        const unknown = n('unknown') ? `, ${n('unknown')} unknown` : '';
        expect(note.textContent, `${path}#${wrapper.querySelector('[id]')?.id}`).toBe(
          keys.length
            ? `Independent sources: ${n('no')} of the ${keys.length} cited here (${n('yes')} with an author from the developer group${unknown}). How we count`
            : 'Independent sources: none cited under this heading. How we count',
        );
        expect(note.querySelector('a')!.getAttribute('href')).toBe('/evidence/#independence');
      }
    }
    expect(notes).toBeGreaterThanOrEqual(10);
  });
});
