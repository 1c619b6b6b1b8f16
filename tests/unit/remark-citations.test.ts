import { readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { tokenizeCitations } from '@/lib/citations';
import { loadBibliography } from '@/lib/loadContent';
import { compileMdx } from './renderMdx';

const fixture = (name: string) => `tests/fixtures/citations/${name}`;

/**
 * Runs the build's own pipeline (tests/unit/renderMdx.ts) on a real MDX file and returns the HTML,
 * the links in it and what the plugin published for the /references/ page.
 */
async function render(path: string) {
  const { html, frontmatter } = await compileMdx(readFileSync(path, 'utf8'), { path });
  const links: { href: string; name: string }[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    if (node.tagName !== 'a' || node.properties.className?.toString().includes('heading-link')) return;
    links.push({
      href: String(node.properties.href),
      name: String(node.properties.ariaLabel ?? toString(node)),
    });
  });
  return { html, links, citations: frontmatter.citations };
}

/** Accessible names of the links whose href starts with the prefix, in document order. */
const names = (links: { href: string; name: string }[], prefix: string) =>
  links.filter((link) => link.href.startsWith(prefix)).map((link) => link.name);

describe('remark-citations on a page with two sources', () => {
  it('renders markers, notes and back-links as in the snapshot', async () => {
    const { html } = await render(fixture('two-citations.mdx'));
    await expect(html).toMatchFileSnapshot('__snapshots__/remark-citations.two-citations.html');
  });

  it('numbers sources in reading order and reuses a number for a source cited again', async () => {
    const { links, citations } = await render(fixture('two-citations.mdx'));
    expect(names(links, '#ref-')).toEqual(['Reference 1', 'Reference 2', 'Reference 1']);
    expect(citations).toEqual([
      { key: 'dolotov2006bdnf', number: 1, markerIds: ['cite-dolotov2006bdnf-1', 'cite-dolotov2006bdnf-2'] },
      { key: 'kolomin2013review', number: 2, markerIds: ['cite-kolomin2013review-1'] },
    ]);
  });

  it('links each note back to every marker, with names like "Back to citation 1a"', async () => {
    const { html, links } = await render(fixture('two-citations.mdx'));
    expect(names(links, '#cite-')).toEqual([
      'Back to citation 1a',
      'Back to citation 1b',
      'Back to citation 2',
    ]);
    for (const id of ['cite-dolotov2006bdnf-1', 'cite-dolotov2006bdnf-2', 'cite-kolomin2013review-1']) {
      expect(html).toContain(`id="${id}"`);
      expect(html).toContain(`href="#${id}"`);
    }
  });

  it('ends the page with a References h2 and a note per source with PubMed and DOI links', async () => {
    const { html } = await render(fixture('two-citations.mdx'));
    expect(html).toMatch(/<h2 id="references">References<\/h2>.*?<ol class="reference-list">/);
    expect(html.trimEnd()).toMatch(/<\/ol><\/section>$/);
    expect(html).toContain('href="https://pubmed.ncbi.nlm.nih.gov/16996037/"');
    expect(html).toContain('href="https://doi.org/10.1016/j.brainres.2006.07.108"');
    expect(html).toContain('href="https://doi.org/10.4236/nm.2013.44035"');
    expect(html).toContain('<span class="ref-kind">Animal study</span>');
    expect(html).toContain('<span class="ref-kind">Review</span>');
  });

  it('leaves code alone and attaches the marker to the claim without a space', async () => {
    const { html } = await render(fixture('two-citations.mdx'));
    expect(html).toContain('<code>[@notakey]</code>');
    expect(html).toContain('hippocampus<sup class="cite-group">');
  });
});

describe('remark-citations numbering', () => {
  it('keeps first-citation order across groups and letters repeat citations a, b, c', async () => {
    const { links, citations } = await render(fixture('reuse.mdx'));
    expect(names(links, '#ref-')).toEqual([
      'Reference 1',
      'Reference 2',
      'Reference 1',
      'Reference 3',
      'Reference 2',
      'Reference 1',
    ]);
    expect(citations?.map((c) => [c.key, c.number])).toEqual([
      ['dolotov2006bdnf', 1],
      ['wikipedia_semax', 2],
      ['berdalin2012thesis', 3],
    ]);
    expect(names(links, '#cite-dolotov2006bdnf-')).toEqual([
      'Back to citation 1a',
      'Back to citation 1b',
      'Back to citation 1c',
    ]);
  });

  it('prints a record with no author or date as such and links its URL when it has no PMID or DOI', async () => {
    const { html, links } = await render(fixture('reuse.mdx'));
    expect(html).toContain('<span class="ref-title">Semax.</span> <span class="ref-source">Wikipedia');
    expect(html).toContain('n.d.</span>');
    expect(links).toContainEqual({ href: 'https://wikimili.com/en/Semax', name: 'wikimili.com' });
    // PubMed and DOI for the journal article; the URL only for the two records without either.
    expect(links.filter((link) => link.href.startsWith('http')).map((link) => link.href)).toEqual([
      'https://pubmed.ncbi.nlm.nih.gov/16996037/',
      'https://doi.org/10.1016/j.brainres.2006.07.108',
      'https://wikimili.com/en/Semax',
      'https://earthpapers.net/kardioprotektornoe-deystvie-semaksa-pri-ishemii-i-ishemii-reperfuzii-miokarda-u-krys',
    ]);
    expect(html).toContain('<span class="ref-title" lang="ru">');
  });

  it('adds nothing to a page without citations and publishes an empty list', async () => {
    const { html, citations } = await render(fixture('no-citations.mdx'));
    expect(html).not.toContain('References');
    expect(html).toContain('editor@example.org');
    expect(citations).toEqual([]);
  });
});

describe('remark-citations on bad input', () => {
  it('fails on a key that is not in the bibliography, naming the file, the line and the key', async () => {
    await expect(render(fixture('unknown-key.mdx'))).rejects.toThrow(
      'tests/fixtures/citations/unknown-key.mdx:5: unknown citation key "nosuchkey1999" in "[@nosuchkey1999]"',
    );
  });

  it('fails on an empty citation [@], naming the file and the line', async () => {
    await expect(render(fixture('empty-citation.mdx'))).rejects.toThrow(
      'tests/fixtures/citations/empty-citation.mdx:1: citation "[@]" is malformed',
    );
  });

  it('fails on a space after the at sign, naming the file, the line and the key', async () => {
    await expect(render(fixture('space-in-citation.mdx'))).rejects.toThrow(
      'tests/fixtures/citations/space-in-citation.mdx:3: citation "[@ dolotov2006bdnf]" is malformed',
    );
  });

  it('fails on a citation inside a heading, where it would end up in the heading id', async () => {
    await expect(render(fixture('in-heading.mdx'))).rejects.toThrow(
      'tests/fixtures/citations/in-heading.mdx:1: citation "[@dolotov2006bdnf]" is inside a heading',
    );
  });

  it('fails on a bibliography that fails the schema, naming the file and the record', () => {
    expect(() => loadBibliography('tests/fixtures/references/no-identifier.json')).toThrow(
      'tests/fixtures/references/no-identifier.json [smith2001nolink]: PMID: a reference needs a PMID',
    );
  });
});

describe('tokenizeCitations', () => {
  it('reads one key, several keys and spaces around semicolons', () => {
    expect(tokenizeCitations('a [@x1] b [@y_2;@z-3 ;  @w]')).toMatchObject([
      { start: 2, keys: ['x1'] },
      { keys: ['y_2', 'z-3', 'w'] },
    ]);
  });

  it('reports malformed citations instead of printing them', () => {
    const errors = (text: string) => tokenizeCitations(text).map((t) => ('error' in t ? t.error : 'ok'));
    expect(errors('[@]')).toEqual(['is malformed']);
    expect(errors('[@ key]')).toEqual(['is malformed']);
    expect(errors('[ @key]')).toEqual(['is malformed']);
    expect(errors('[@a;]')).toEqual(['is malformed']);
    expect(errors('[@a; b]')).toEqual(['is malformed']);
    expect(errors('[@a; @a]')).toEqual(['cites the same key twice']);
    expect(errors('[@a and more')).toEqual(['has no closing "]"']);
  });

  it('ignores brackets and at signs that are not citations', () => {
    expect(tokenizeCitations('see [the list] or mail a@b.org, [x @y]')).toEqual([]);
  });
});
