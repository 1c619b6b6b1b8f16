/**
 * Renders an MDX string to HTML through the site's own plugin lists (src/plugins/index.ts), in the
 * order Astro's MDX pipeline runs them: remark-mdx parser, remark-smartypants (Astro's default),
 * our remark plugins, remark-rehype, our rehype plugins. Astro's MDX compiler outputs JavaScript
 * for its runtime, not HTML, so this ends with rehype-stringify instead; the plugins see the same
 * trees (MDX nodes pass through remark-rehype as they do in @mdx-js/mdx, and are turned into plain
 * elements only for the stringifier, after our plugins). Frontmatter is passed as Astro passes it (file.data.astro.frontmatter), and the facts the
 * plugins publish come back in it.
 */
import type { Element, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified, type PluggableList } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import type { PageFacts } from '@/lib/citations';
import { createPageCollector, type PageCollector } from '@/lib/collector';
import { loadBibliography, type Bibliography } from '@/lib/loadContent';
import type { GlossaryEntry } from '@/lib/schemas';
import { rehypePlugins, remarkPlugins } from '@/plugins';

/** The test bibliography: a few real records (tests/fixtures/references/citations.json). */
export const FIXTURE_REFERENCES = 'tests/fixtures/references/citations.json';

export interface RenderOptions {
  frontmatter?: Record<string, unknown>;
  /** File path reported in error messages; "fixture.mdx" by default. */
  path?: string;
  /** Default: the test bibliography. */
  bibliography?: Bibliography;
  /** Default: no terms, so that tests of other plugins see no glossary markup. */
  glossary?: GlossaryEntry[];
  /** Default: a new collector per call. */
  collector?: PageCollector;
}

export interface Rendered {
  html: string;
  /** The frontmatter after the plugins ran: what was passed in plus the published facts. */
  frontmatter: Record<string, unknown> & Partial<PageFacts>;
}

/** The MDX node types @mdx-js/mdx passes through remark-rehype untouched. */
const MDX_NODES: NonNullable<RemarkRehypeOptions['passThrough']> = [
  'mdxFlowExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxTextExpression',
  'mdxjsEsm',
];

interface MdxJsxNode {
  type: string;
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: Element['children'];
}

/** For the stringifier only: JSX elements become elements of the same name, expressions and ESM go. */
const rehypeMdxToElements = () => (tree: HastRoot) => {
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined || !(MDX_NODES as readonly string[]).includes(node.type)) return;
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const jsx = node as unknown as MdxJsxNode;
      const properties = Object.fromEntries(
        jsx.attributes
          .filter((attribute) => attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string')
          .map((attribute) => [attribute.name!, attribute.value as string]),
      );
      const element: Element = {
        type: 'element',
        tagName: jsx.name ?? 'div',
        properties,
        children: jsx.children,
      };
      parent.children.splice(index, 1, element);
      return index;
    }
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
};

/** Compiles one MDX text as the build does; resolves to its HTML and its frontmatter with the facts. */
export async function compileMdx(source: string, options: RenderOptions = {}): Promise<Rendered> {
  const frontmatter = { ...options.frontmatter };
  const file = new VFile({
    value: source,
    path: options.path ?? 'fixture.mdx',
    data: { astro: { frontmatter } },
  });
  const plugins = {
    bibliography: options.bibliography ?? loadBibliography(FIXTURE_REFERENCES),
    glossary: options.glossary ?? [],
    collector: options.collector ?? createPageCollector(),
  };
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkSmartypants)
    .use(remarkPlugins(plugins) as PluggableList)
    .use(remarkRehype, { passThrough: MDX_NODES })
    .use(rehypePlugins(plugins) as PluggableList)
    .use(rehypeMdxToElements)
    .use(rehypeStringify);
  const tree = await processor.run(processor.parse(file) as MdastRoot, file);
  return { html: processor.stringify(tree as HastRoot, file), frontmatter };
}

/** The HTML of one MDX text compiled as the build does. */
export async function renderMdx(source: string, options: RenderOptions = {}): Promise<string> {
  return (await compileMdx(source, options)).html;
}
