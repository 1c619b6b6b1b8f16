import { describe, expect, it } from 'vitest';
import { renderMdx } from './renderMdx';

const render = (source: string) => renderMdx(source);

describe('remark-heading-ids', () => {
  it('turns a trailing {/* #id */} comment into the heading id and keeps automatic ids elsewhere', async () => {
    const html = await render(
      [
        '## Memory and attention in healthy people {/* #memory */}',
        '',
        '### Ischemic stroke',
        '',
        'Text.',
      ].join('\n'),
    );
    await expect(html).toMatchFileSnapshot('__snapshots__/remark-heading-ids.html');
    // rehype-natural-fragments keeps the id of the text too, as an empty span in the heading.
    expect(html).toContain(
      '<h2 id="memory"><span id="memory-and-attention-in-healthy-people"></span>Memory and attention in healthy people</h2>',
    );
    expect(html).toContain('<h3 id="ischemic-stroke">Ischemic stroke</h3>');
  });

  it('fails on a malformed id comment, naming the file and line', async () => {
    await expect(render('Intro.\n\n## Stroke {/* #Stroke Recovery */}')).rejects.toThrow(
      /fixture\.mdx:3: heading id comment .* is malformed/,
    );
  });

  it('fails when two headings claim the same explicit id', async () => {
    await expect(render('## One {/* #same */}\n\n## Two {/* #same */}')).rejects.toThrow(
      /fixture\.mdx:3: heading id "same" is already used on line 1/,
    );
  });
});
