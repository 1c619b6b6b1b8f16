import { describe, expect, it } from 'vitest';
import { renderMdx } from './renderMdx';

const render = (source: string, anchorAliases: Record<string, string>) =>
  renderMdx(source, {
    path: 'content/sections/uses.mdx',
    frontmatter: { anchorAliases },
  });

describe('rehype-anchor-aliases', () => {
  it('keeps an old id alive inside the renamed heading', async () => {
    const html = await render('### Stroke', { 'stroke-recovery': 'stroke' });
    expect(html).toContain('<h3 id="stroke"><span id="stroke-recovery"></span>Stroke</h3>');
  });

  it('fails when the alias points at an id that does not exist', async () => {
    await expect(render('### Stroke', { old: 'gone' })).rejects.toThrow(
      'content/sections/uses.mdx: anchorAliases maps "old" to "gone", but no element has id "gone"',
    );
  });

  it('fails when the old id is still in use', async () => {
    await expect(render('### Stroke\n\n### Old', { old: 'stroke' })).rejects.toThrow(
      /"old" is still a live id/,
    );
  });
});
