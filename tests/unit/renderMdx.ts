/**
 * Renders an MDX string to HTML with the same Markdown plugins as the site, for plugin tests.
 * Uses unified directly (remark-mdx parser, remark-rehype, rehype-stringify) because Astro's MDX
 * compiler outputs JavaScript for Astro's runtime, not HTML; the plugins see the same trees.
 * Frontmatter is passed as Astro passes it: file.data.astro.frontmatter.
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Pluggable } from 'unified';
import { VFile } from 'vfile';

export interface RenderOptions {
  remarkPlugins?: Pluggable[];
  rehypePlugins?: Pluggable[];
  frontmatter?: Record<string, unknown>;
  path?: string;
}

export async function renderMdx(source: string, options: RenderOptions = {}): Promise<string> {
  const file = new VFile({
    value: source,
    path: options.path ?? 'fixture.mdx',
    data: { astro: { frontmatter: options.frontmatter ?? {} } },
  });
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(options.remarkPlugins ?? [])
    .use(remarkRehype)
    .use(rehypeHeadingIds)
    .use(options.rehypePlugins ?? [])
    .use(rehypeStringify);
  const tree = await processor.run(processor.parse(file) as MdastRoot, file);
  return processor.stringify(tree as HastRoot, file);
}
