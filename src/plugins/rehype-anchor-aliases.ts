/**
 * rehype-anchor-aliases: keeps old links working after a heading id is renamed.
 *
 * A section's frontmatter may map old ids to current ones (`anchorAliases: { stroke-recovery: stroke }`).
 * The plugin puts an empty element with the old id at the start of the current heading, so
 * /uses/#stroke-recovery still lands on the same heading. An alias whose target does not exist, or
 * that clashes with an id on the page, fails the build with the file and the id.
 * Must run after rehypeHeadingIds.
 */
import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

interface AstroData {
  astro?: { frontmatter?: { anchorAliases?: Record<string, string> } };
}

const rehypeAnchorAliases: Plugin<[], Root> = () => (tree, file) => {
  const aliases = (file.data as AstroData).astro?.frontmatter?.anchorAliases;
  if (!aliases || Object.keys(aliases).length === 0) return;
  const byId = new Map<string, Element>();
  visit(tree, 'element', (node) => {
    if (typeof node.properties?.id === 'string') byId.set(node.properties.id, node);
  });
  for (const [oldId, currentId] of Object.entries(aliases)) {
    const target = byId.get(currentId);
    if (!target)
      file.fail(
        `${file.path}: anchorAliases maps "${oldId}" to "${currentId}", but no element has id "${currentId}"`,
      );
    if (byId.has(oldId))
      file.fail(`${file.path}: anchorAliases: "${oldId}" is still a live id on the page; remove the alias`);
    target!.children.unshift({ type: 'element', tagName: 'span', properties: { id: oldId }, children: [] });
  }
};

export default rehypeAnchorAliases;
