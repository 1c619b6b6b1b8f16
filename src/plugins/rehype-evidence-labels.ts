/**
 * rehype-evidence-labels: shows each graded finding's evidence level right below its heading.
 *
 * The level lives in the section's frontmatter (`findings`, see src/lib/schemas.ts), which is also
 * what the overview's "Evidence at a glance" table is built from; this plugin is the only place that
 * puts it on the section page. A finding whose `anchor` matches no heading fails the build, naming
 * the file and the anchor, so a renamed heading cannot silently drop its label.
 * Must run after rehypeHeadingIds (ids must exist).
 */
import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { FINDING_LEVEL_LABELS } from '../lib/evidence';
import { findingSchema, type Finding } from '../lib/schemas';

interface AstroData {
  astro?: { frontmatter?: { findings?: unknown } };
}

function labelFor(finding: Finding): Element {
  return {
    type: 'element',
    tagName: 'p',
    properties: { className: ['evidence-label'], dataLevel: finding.level },
    children: [
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['evidence-label-key'] },
        children: [{ type: 'text', value: 'Evidence: ' }],
      },
      { type: 'text', value: FINDING_LEVEL_LABELS[finding.level] },
    ],
  };
}

const rehypeEvidenceLabels: Plugin<[], Root> = () => (tree, file) => {
  const raw = (file.data as AstroData).astro?.frontmatter?.findings;
  if (!Array.isArray(raw) || raw.length === 0) return;
  const findings = raw.map((item) => findingSchema.parse(item));
  const byAnchor = new Map(findings.map((finding) => [finding.anchor, finding]));
  const placed = new Set<string>();

  visit(tree, 'element', (node, index, parent) => {
    if (!/^h[2-6]$/.test(node.tagName) || parent == null || index == null) return;
    const id = node.properties?.id;
    const finding = typeof id === 'string' ? byAnchor.get(id) : undefined;
    if (!finding) return;
    parent.children.splice(index + 1, 0, labelFor(finding));
    placed.add(finding.anchor);
    return [SKIP, index + 2];
  });

  const missing = findings.filter((finding) => !placed.has(finding.anchor)).map((finding) => finding.anchor);
  if (missing.length) {
    file.fail(
      `${file.path}: findings frontmatter names anchor(s) with no matching h2-h6 heading: ${missing.map((a) => `"${a}"`).join(', ')}`,
    );
  }
};

export default rehypeEvidenceLabels;
