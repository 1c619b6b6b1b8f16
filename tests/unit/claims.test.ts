import { describe, expect, it } from 'vitest';
import { extractClaims, splitSentences } from '@/lib/claims';
import remarkClaimAnchors from '@/plugins/remark-claim-anchors';
import { renderMdx } from './renderMdx';

const BODY = [
  '## Mechanisms',
  '',
  'Semax raised BDNF in rats [@dolotov2006bdnf]. It is a peptide, e.g. a short chain of amino acids.',
  '',
  'A paragraph without any source.',
  '',
  '### Enzymes {/* #enzymes */}',
  '',
  'In a test tube it slowed enkephalin breakdown [@kost2001enkephalinase; @dolotov2006bdnf]. Doses varied.',
].join('\n');

describe('claims', () => {
  it('finds cited sentences with their keys, paragraph anchors and headings', () => {
    expect(extractClaims(BODY)).toEqual([
      {
        text: 'Semax raised BDNF in rats.',
        keys: ['dolotov2006bdnf'],
        anchor: 'claim-1',
        heading: 'Mechanisms',
      },
      {
        text: 'In a test tube it slowed enkephalin breakdown.',
        keys: ['kost2001enkephalinase', 'dolotov2006bdnf'],
        anchor: 'claim-2',
        heading: 'Enzymes',
      },
    ]);
  });

  it('gives the same anchors to the rendered paragraphs', async () => {
    const html = await renderMdx(BODY, { remarkPlugins: [remarkClaimAnchors] });
    expect(html).toContain('<p id="claim-1">Semax raised BDNF');
    expect(html).toContain('<p>A paragraph without any source.</p>');
    expect(html).toContain('<p id="claim-2">In a test tube');
  });

  it('puts the anchor on the list item of a tight list, where there is no <p>', async () => {
    const source = 'Intro.\n\n- Rats improved [@a].\n- Mice did not.\n- People were not tested [@b].';
    const html = await renderMdx(source, { remarkPlugins: [remarkClaimAnchors] });
    expect(html).toContain('<li id="claim-1">Rats improved [@a].</li>');
    expect(html).toContain('<li>Mice did not.</li>');
    expect(html).toContain('<li id="claim-2">People were not tested [@b].</li>');
    expect(extractClaims(source).map((c) => c.anchor)).toEqual(['claim-1', 'claim-2']);
  });

  it('does not split sentences after abbreviations', () => {
    expect(splitSentences('Gusev et al. reported it. Then e.g. this one. End')).toEqual([
      'Gusev et al. reported it.',
      'Then e.g. this one.',
      'End',
    ]);
  });
});
