/**
 * remark-heading-ids: explicit, stable ids for headings in MDX.
 *
 * MDX treats `{#id}` as a JavaScript expression (and fails), so the usual Markdown syntax for custom
 * heading ids cannot be used. Writers put an MDX comment at the end of the heading instead:
 *
 *   ### Memory and attention in healthy people {/* #memory *\/}
 *
 * This plugin removes the comment and sets `id="memory"` on the heading. Astro's rehypeHeadingIds
 * keeps an id that is already set, so the table of contents and links use it. Headings without a
 * comment keep Astro's automatic slug. Written here because no maintained plugin handles MDX comments.
 */
import type { Heading, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

const EXPLICIT_ID = /^\s*\/\*\s*#([a-z0-9]+(?:-[a-z0-9]+)*)\s*\*\/\s*$/;

interface MdxTextExpression {
  type: 'mdxTextExpression';
  value: string;
}

const remarkHeadingIds: Plugin<[], Root> = () => (tree, file) => {
  const seen = new Map<string, number>();
  visit(tree, 'heading', (heading: Heading) => {
    const last = heading.children.at(-1) as Heading['children'][number] | MdxTextExpression | undefined;
    if (!last || last.type !== 'mdxTextExpression') return;
    const match = EXPLICIT_ID.exec(last.value);
    if (!match) {
      if (/^\s*\/\*\s*#/.test(last.value)) {
        file.fail(
          `${file.path}:${heading.position?.start.line}: heading id comment "{${last.value}}" is malformed: use lower-case words joined by hyphens, e.g. {/* #stroke-recovery */}`,
          heading,
        );
      }
      return;
    }
    const id = match[1]!;
    const line = heading.position?.start.line ?? 0;
    if (seen.has(id)) {
      file.fail(`${file.path}:${line}: heading id "${id}" is already used on line ${seen.get(id)}`, heading);
    }
    seen.set(id, line);
    heading.children.pop();
    const previous = heading.children.at(-1);
    if (previous?.type === 'text') previous.value = previous.value.trimEnd();
    heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
  });
};

export default remarkHeadingIds;
