import { readFileSync } from 'node:fs';
import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { parseGlossary, type GlossaryEntry } from '@/lib/schemas';
import rehypeGlossary from '@/plugins/rehype-glossary';
import { renderMdx } from './renderMdx';

const TERMS: GlossaryEntry[] = [
  {
    id: 'bdnf',
    term: 'BDNF',
    aliases: ['brain-derived neurotrophic factor'],
    definition: 'A protein that helps nerve cells survive and grow.',
  },
  { id: 'placebo', term: 'placebo', definition: 'A dummy treatment with no active ingredient.' },
  { id: 'peptide', term: 'peptide', definition: 'A short chain of amino acids.' },
];

// The build's own pipeline (src/plugins/index.ts), with these terms as the glossary.
const render = (mdx: string) => renderMdx(mdx, { glossary: TERMS });

/** Every marked term: [glossary id, the text that was marked]. */
const marked = (html: string) =>
  [
    ...html.matchAll(
      /href="\/glossary\/#([a-z-]+)" aria-describedby="glossary-tip-\1"><(?:abbr|dfn)>([^<]+)</g,
    ),
  ].map((m) => [m[1], m[2]]);

describe('rehype-glossary', () => {
  it('marks the first use of each term, with its definition as a tooltip', async () => {
    const html = await render(
      `## About BDNF\n\nSemax is a peptide. Trials of peptides used a placebo.\n\nBDNF and another peptide.\n`,
    );
    await expect(html).toMatchFileSnapshot('./snapshots/rehype-glossary.html');
    expect(marked(html)).toEqual([
      ['peptide', 'peptide'],
      ['placebo', 'placebo'],
      ['bdnf', 'BDNF'],
    ]);
    expect(html).toContain(
      '<span class="glossary-tip" role="tooltip" id="glossary-tip-placebo" hidden data-pagefind-ignore="">A dummy treatment with no active ingredient.</span>',
    );
  });

  it('uses <abbr> for abbreviations and <dfn> for words', async () => {
    const html = await render('BDNF rose in the placebo group.\n');
    expect(html).toContain('<abbr>BDNF</abbr>');
    expect(html).toContain('<dfn>placebo</dfn>');
  });

  it('matches aliases and plurals, ignoring case for words but not for abbreviations', async () => {
    const html = await render(
      'Brain-derived neurotrophic factor levels. Bdnf, bdnf. Placebos and Peptides.\n',
    );
    expect(marked(html)).toEqual([
      ['bdnf', 'Brain-derived neurotrophic factor'],
      ['placebo', 'Placebos'],
      ['peptide', 'Peptides'],
    ]);
  });

  it('does not match inside longer words', async () => {
    const html = await render('Polypeptides and placeboish wording, BDNFs.\n');
    expect(marked(html)).toEqual([]);
  });

  it('skips headings, links, code and the references section up to the next h2', async () => {
    const html = await render(
      [
        '## Peptide basics',
        '',
        '[a placebo link](https://example.org) and `BDNF` in code.',
        '',
        '## References',
        '',
        '1. A placebo-controlled trial of a peptide.',
        '',
        '## After the references',
        '',
        'A placebo, a peptide and BDNF at last.',
        '',
      ].join('\n'),
    );
    expect(marked(html)).toEqual([
      ['placebo', 'placebo'],
      ['peptide', 'peptide'],
      ['bdnf', 'BDNF'],
    ]);
    expect(html).toContain('<li>A placebo-controlled trial of a peptide.</li>');
  });

  it('skips citation markers and their previews (a reference title is not prose)', async () => {
    const html = await render('Semax changed a growth factor [@dolotov2006bdnf].\n\nBDNF rose.\n');
    expect(html).toMatch(/class="cite-tip"[^>]*>[^]*BDNF[^]*<\/sup>/);
    expect(html).not.toMatch(/<sup[^]*glossary-link[^]*<\/sup>/);
    expect(marked(html)).toEqual([['bdnf', 'BDNF']]);
    expect(html.indexOf('glossary-link')).toBeGreaterThan(html.indexOf('</sup>'));
  });

  it('skips an element marked as the references list or opted out', async () => {
    const html = await render(
      '<ol id="references"><li>placebo</li></ol>\n\n<p data-glossary="off">peptide</p>\n\nA peptide.\n',
    );
    expect(marked(html)).toEqual([['peptide', 'peptide']]);
  });

  it('leaves entries of the changes log unmarked (shown many to a page and in the feed)', async () => {
    const text = 'A peptide was tested against a placebo.\n';
    expect(
      marked(await renderMdx(text, { glossary: TERMS, path: 'content/sections/uses.mdx' })),
    ).toHaveLength(2);
    expect(await renderMdx(text, { glossary: TERMS, path: '/repo/content/changes/2026-12-03-x.md' })).toBe(
      '<p>A peptide was tested against a placebo.</p>',
    );
  });

  it('works with the real glossary file', async () => {
    const terms = parseGlossary(
      'content/glossary.json',
      JSON.parse(readFileSync('content/glossary.json', 'utf8')),
    );
    const code = await renderMdx('ACTH is a peptide hormone.\n', { glossary: terms });
    expect(code).toContain('href="/glossary/#acth"');
    expect(code).toContain('href="/glossary/#peptide"');
  });
});

describe('rehype-glossary on MDX', () => {
  /** Compiles MDX to JSX source (kept readable with `jsx: true`) through the plugin. */
  const compileMdx = async (mdx: string) =>
    String(await compile(mdx, { jsx: true, rehypePlugins: [[rehypeGlossary, { terms: TERMS }]] }));

  it('marks terms in MDX text and inside components', async () => {
    const js = await compileMdx('<Callout>A placebo arm.</Callout>\n\nA peptide.\n');
    expect(js).toMatch(/<Callout>.*href="\/glossary\/#placebo"/s);
    expect(js).toContain('href="/glossary/#peptide"');
  });

  it('skips JSX opted out with data-glossary="off", a references list and the References component', async () => {
    const js = await compileMdx(
      [
        '<span data-glossary="off">A placebo.</span>',
        '',
        '<ol id="references"><li>BDNF</li></ol>',
        '',
        '<References>A peptide.</References>',
        '',
        'Then a placebo, BDNF and a peptide.',
        '',
      ].join('\n'),
    );
    // The skipped parts come out untouched; all three terms are marked in the last paragraph.
    expect(js).toContain('<span data-glossary="off">{"A placebo."}</span>');
    expect(js).toContain('<li>{"BDNF"}</li>');
    expect(js).toContain('<References>{"A peptide."}</References>');
    const lastParagraph = js.slice(js.indexOf('{"Then a "}'));
    const marked = [...lastParagraph.matchAll(/href="\/glossary\/#([a-z]+)"/g)].map((m) => m[1]);
    expect(marked).toEqual(['placebo', 'bdnf', 'peptide']);
  });
});
