import { createMarkdownProcessor, rehypeHeadingIds } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import rehypeHeadingLinks, { HEADING_LINK_LABEL } from '@/plugins/rehype-heading-links';

// The same order as astro.config.mjs: ids first, then the links.
const processor = await createMarkdownProcessor({
  syntaxHighlight: false,
  rehypePlugins: [rehypeHeadingIds, rehypeHeadingLinks],
});
const render = async (markdown: string) => (await processor.render(markdown)).code;

const SAMPLE = `# Side effects

Intro text.

## Long-term use

Text.

### In *clinical* studies

#### Not linked: too deep

## Pregnancy & \`breastfeeding\`
`;

describe('rehype-heading-links', () => {
  it('wraps each h2 and h3 with a link to itself and an empty slot for the copy button', async () => {
    await expect(await render(SAMPLE)).toMatchFileSnapshot('./snapshots/rehype-heading-links.html');
  });

  it('names each link "Link to this section: " and the heading text, without markup', async () => {
    const html = await render(SAMPLE);
    const labels = [...html.matchAll(/<a class="heading-link" [^>]*aria-label="(.*?)"/g)].map((m) => m[1]);
    expect(labels).toEqual([
      `${HEADING_LINK_LABEL}Long-term use`,
      `${HEADING_LINK_LABEL}In clinical studies`,
      `${HEADING_LINK_LABEL}Pregnancy &#x26; breastfeeding`,
    ]);
    // No visible text says it: text browsers would print it after every heading.
    expect(html).not.toContain('visually-hidden');
  });

  it('groups each heading and its tools in a <header>, which reader views keep', async () => {
    const html = await render(SAMPLE);
    expect(html.match(/<header class="heading-wrapper level-h[23]"><h[23] /g)).toHaveLength(3);
    expect(html).not.toContain('<div');
  });

  it('points each link at its heading id and hides the icon from assistive technology', async () => {
    const html = await render(SAMPLE);
    expect(html).toContain(
      '<h2 id="long-term-use">Long-term use</h2><span class="heading-tools" data-pagefind-ignore=""><a class="heading-link" href="#long-term-use" aria-label="Link to this section: Long-term use">',
    );
    expect(html).toContain('<span class="heading-link-icon" aria-hidden="true">#</span>');
    expect(html.match(/class="heading-link"/g)).toHaveLength(3);
  });

  it('leaves h1, h4 and visually hidden headings alone', async () => {
    const html = await render(SAMPLE + '\nA note[^1].\n\n[^1]: The footnote.\n');
    expect(html).toContain('<h1 id="side-effects">Side effects</h1>\n');
    expect(html).toContain('<h4 id="not-linked-too-deep">Not linked: too deep</h4>');
    // remark-gfm's footnote label is an h2 with class sr-only: no link for it.
    expect(html).toMatch(/<h2 class="sr-only" id="footnote-label">Footnotes<\/h2>\n/);
    expect(html.match(/class="heading-link"/g)).toHaveLength(3);
  });

  it('keeps the heading list that Astro collects for the table of contents', async () => {
    const { metadata } = await processor.render(SAMPLE);
    expect(metadata.headings.filter((h) => h.depth === 2 || h.depth === 3)).toEqual([
      { depth: 2, slug: 'long-term-use', text: 'Long-term use' },
      { depth: 3, slug: 'in-clinical-studies', text: 'In clinical studies' },
      { depth: 2, slug: 'pregnancy--breastfeeding', text: 'Pregnancy & breastfeeding' },
    ]);
  });
});
