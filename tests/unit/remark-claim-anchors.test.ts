import { describe, expect, it } from 'vitest';
import { claimAnchor } from '@/lib/citations';
import { splitSentences } from '@/plugins/remark-claim-anchors';
import { compileMdx } from './renderMdx';

const BODY = [
  '## Mechanisms',
  '',
  'Semax raised BDNF in rats [@dolotov2006bdnf]. It is a peptide, e.g. a short chain of amino acids.',
  '',
  'A paragraph without any source.',
  '',
  '### Enzymes {/* #enzymes */}',
  '',
  'A review says the "same" [@kolomin2013review; @dolotov2006bdnf]. Doses varied.',
].join('\n');

const FIRST = claimAnchor('Semax raised BDNF in rats. It is a peptide, e.g. a short chain of amino acids.', [
  'dolotov2006bdnf',
]);
const SECOND = claimAnchor('A review says the “same”. Doses varied.', [
  'kolomin2013review',
  'dolotov2006bdnf',
]);

/** Anchor of every cited paragraph, by the paragraph's first cited sentence. */
async function anchorsOf(source: string): Promise<Map<string, string>> {
  const { frontmatter } = await compileMdx(source);
  return new Map(frontmatter.citedSentences!.map((c) => [c.text, c.anchor]));
}

describe('remark-claim-anchors', () => {
  it('publishes the cited sentences with their keys, and paragraph anchors', async () => {
    const { frontmatter } = await compileMdx(BODY);
    expect(frontmatter.citedSentences).toEqual([
      {
        text: 'Semax raised BDNF in rats.',
        keys: ['dolotov2006bdnf'],
        anchor: FIRST,
      },
      {
        // As readers see it: smartypants has curled the quotes before our plugins run.
        text: 'A review says the “same”.',
        keys: ['kolomin2013review', 'dolotov2006bdnf'],
        anchor: SECOND,
      },
    ]);
  });

  it('gives the same anchors to the rendered paragraphs', async () => {
    const { html } = await compileMdx(BODY);
    expect(FIRST).toMatch(/^claim-[a-p]{7}$/);
    expect(html).toContain(`<p id="${FIRST}">Semax raised BDNF`);
    expect(html).toContain('<p>A paragraph without any source.</p>');
    expect(html).toContain(`<p id="${SECOND}">A review says`);
  });

  it('puts the anchor on the list item of a tight list, where there is no <p>', async () => {
    const source =
      'Intro.\n\n- Rats improved [@dolotov2006bdnf].\n- Mice did not.\n- People were not tested [@kolomin2013review].';
    const { html, frontmatter } = await compileMdx(source);
    const rats = claimAnchor('Rats improved.', ['dolotov2006bdnf']);
    const people = claimAnchor('People were not tested.', ['kolomin2013review']);
    expect(html).toContain(`<li id="${rats}">Rats improved<sup`);
    expect(html).toContain('<li>Mice did not.</li>');
    expect(html).toContain(`<li id="${people}">People were not tested<sup`);
    expect(frontmatter.citedSentences?.map((c) => c.anchor)).toEqual([rats, people]);
  });

  it('keeps every other claim on its anchor when a paragraph is inserted or removed', async () => {
    const before = await anchorsOf(BODY);
    const inserted = BODY.replace(
      'A paragraph without any source.',
      'A new finding was added here [@kolomin2013review].\n\nA paragraph without any source.',
    );
    const after = await anchorsOf(inserted);
    expect(after.size).toBe(before.size + 1);
    for (const [text, anchor] of before) expect(after.get(text), text).toBe(anchor);
    // And back: removing it again moves nothing either.
    expect(await anchorsOf(BODY)).toEqual(before);
    // Reading-order numbers would have moved the second claim: the ids differ from their positions.
    expect([...after.values()]).not.toContain('claim-2');
  });

  it('ignores spacing and case in the id, but not the sources', () => {
    expect(claimAnchor('Semax  raised BDNF.', ['a', 'b'])).toBe(claimAnchor('semax raised bdnf', ['b', 'a']));
    expect(claimAnchor('Semax raised BDNF.', ['a'])).not.toBe(claimAnchor('Semax raised BDNF.', ['b']));
  });

  it('fails the build, naming the file, when two cited paragraphs would share an anchor', async () => {
    const twice = 'Rats improved [@dolotov2006bdnf].\n\nOther text.\n\nRats improved [@dolotov2006bdnf].';
    await expect(compileMdx(twice, { path: 'content/sections/uses.mdx' })).rejects.toThrow(
      /content\/sections\/uses\.mdx: two cited paragraphs have the same anchor "claim-[a-p]{7}"/,
    );
  });

  it('does not split sentences after abbreviations', () => {
    expect(splitSentences('Gusev et al. reported it. Then e.g. this one. End')).toEqual([
      'Gusev et al. reported it.',
      'Then e.g. this one.',
      'End',
    ]);
  });
});
