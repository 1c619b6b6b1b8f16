/**
 * rehype-prose-tables through the build's own plugin list: a Markdown table in the prose becomes a
 * named, focusable scroll region whose cells carry their column's name (the phone card layout
 * reads it), and a table inside an MDX component is left to the component.
 */
import { describe, expect, it } from 'vitest';
import { renderMdx } from './renderMdx';

const TABLE = `| Who | Dose |
| --- | --- |
| Stroke, 30 patients | 12 mg a day |
| Volunteers | Not reported |
`;

describe('rehype-prose-tables', () => {
  it('wraps a prose table in a region named after its section and labels every body cell', async () => {
    const html = await renderMdx(`## Doses used\n\nText.\n\n${TABLE}`);
    expect(html).toMatch(
      /<div class="table-scroll" tabindex="0" role="region" aria-label="Table: Doses used"><table class="stack-table">/,
    );
    expect(html).toContain('<td data-label="Who">Stroke, 30 patients</td>');
    expect(html).toContain('<td data-label="Dose">Not reported</td>');
    expect(html).not.toMatch(/<th[^>]*data-label/);
  });

  it('names a table with no heading above it by its number', async () => {
    expect(await renderMdx(TABLE)).toContain('aria-label="Table 1"');
  });

  it('leaves a table inside an MDX component alone', async () => {
    const html = await renderMdx(`<Frame>\n\n${TABLE}\n</Frame>\n`);
    expect(html).not.toContain('table-scroll');
    expect(html).not.toContain('data-label');
  });
});
