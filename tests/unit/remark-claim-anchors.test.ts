import { describe, expect, it } from 'vitest';
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

describe('remark-claim-anchors', () => {
  it('publishes the cited sentences with their keys, paragraph anchors and headings', async () => {
    const { frontmatter } = await compileMdx(BODY);
    expect(frontmatter.citedSentences).toEqual([
      {
        text: 'Semax raised BDNF in rats.',
        keys: ['dolotov2006bdnf'],
        anchor: 'claim-1',
        heading: 'Mechanisms',
      },
      {
        // As readers see it: smartypants has curled the quotes before our plugins run.
        text: 'A review says the “same”.',
        keys: ['kolomin2013review', 'dolotov2006bdnf'],
        anchor: 'claim-2',
        heading: 'Enzymes',
      },
    ]);
  });

  it('gives the same anchors to the rendered paragraphs', async () => {
    const { html } = await compileMdx(BODY);
    expect(html).toContain('<p id="claim-1">Semax raised BDNF');
    expect(html).toContain('<p>A paragraph without any source.</p>');
    expect(html).toContain('<p id="claim-2">A review says');
  });

  it('puts the anchor on the list item of a tight list, where there is no <p>', async () => {
    const source =
      'Intro.\n\n- Rats improved [@dolotov2006bdnf].\n- Mice did not.\n- People were not tested [@kolomin2013review].';
    const { html, frontmatter } = await compileMdx(source);
    expect(html).toMatch(/<li id="claim-1">Rats improved<sup/);
    expect(html).toContain('<li>Mice did not.</li>');
    expect(html).toMatch(/<li id="claim-2">People were not tested<sup/);
    expect(frontmatter.citedSentences?.map((c) => c.anchor)).toEqual(['claim-1', 'claim-2']);
  });

  it('does not split sentences after abbreviations', () => {
    expect(splitSentences('Gusev et al. reported it. Then e.g. this one. End')).toEqual([
      'Gusev et al. reported it.',
      'Then e.g. this one.',
      'End',
    ]);
  });
});
