import { describe, expect, it } from 'vitest';
import { citedKeys } from '@/lib/citedKeys';

describe('citedKeys', () => {
  it('finds single and grouped citations, each key once, in order of first citation', () => {
    const mdx = [
      'Semax raised BDNF in rats [@dolotov2006bdnf].',
      'Two trials disagree [@gusev1997stroke; @gusev2018stroke], and one is old [@gusev1997stroke].',
      'A review says so [@kolomin2013review;@wada_prohibited_list_2020].',
    ].join('\n\n');
    expect(citedKeys(mdx)).toEqual([
      'dolotov2006bdnf',
      'gusev1997stroke',
      'gusev2018stroke',
      'kolomin2013review',
      'wada_prohibited_list_2020',
    ]);
  });

  it('ignores e-mail addresses, links, code and text without citations', () => {
    const mdx = [
      'Write to editors@example.org or see [the list](https://example.org) and [@handle](https://example.org/@handle).',
      'Authors write `[@key]` after the claim.',
      '```md\nA claim [@not_cited].\n```',
      'A bracket [with @words inside] is not a citation.',
    ].join('\n\n');
    expect(citedKeys(mdx)).toEqual([]);
  });
});
