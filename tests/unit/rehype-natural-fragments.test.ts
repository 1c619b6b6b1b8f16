import { describe, expect, it } from 'vitest';
import { renderMdx } from './renderMdx';

const render = (source: string, anchorAliases: Record<string, string> = {}) =>
  renderMdx(source, { path: 'content/sections/uses.mdx', frontmatter: { anchorAliases } });

describe('rehype-natural-fragments', () => {
  it("puts the id made from the heading's text on a heading whose id is short", async () => {
    const html = await render('### Ischemic stroke {/* #stroke */}\n\nText.');
    expect(html).toContain('<h3 id="stroke"><span id="ischemic-stroke"></span>Ischemic stroke</h3>');
  });

  it('adds nothing where the id already is the text’s id', async () => {
    const html = await render('## Legal status\n\n### Pain {/* #pain */}');
    expect(html).toContain('<h2 id="legal-status">Legal status</h2>');
    expect(html).toContain('<h3 id="pain">Pain</h3>');
  });

  it('leaves out an id that is already on the page, as an id or as an alias', async () => {
    const html = await render(
      '## Stroke {/* #ischemic-stroke */}\n\n### Ischemic stroke {/* #stroke-2 */}\n\n### Memory tests {/* #memory */}',
      { 'memory-tests': 'memory' },
    );
    expect(html.match(/id="ischemic-stroke"/g)).toHaveLength(1);
    expect(html.match(/id="memory-tests"/g)).toHaveLength(1);
    expect(html).toContain('<h3 id="stroke-2">Ischemic stroke</h3>');
  });

  it('gives two headings with the same text neither id, so that none lands on the wrong one', async () => {
    const html = await render(
      '### What is unknown {/* #unknown-a */}\n\n### What is unknown {/* #unknown-b */}',
    );
    expect(html).not.toContain('id="what-is-unknown"');
  });
});
