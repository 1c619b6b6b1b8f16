import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { buildEvidenceRows, FINDING_LEVEL_LABELS } from '@/lib/evidence';
import { parseSection, type EvidenceLevel } from '@/lib/schemas';
import { loadBibliography } from '@/lib/loadContent';
import { renderMdx } from './renderMdx';

const USES = 'content/sections/uses.mdx';

/** The real uses section: its frontmatter and body, as the build sees them. */
function readUses() {
  const { frontmatter, content } = parseFrontmatter(readFileSync(USES, 'utf8'));
  return { frontmatter, content, data: parseSection(USES, frontmatter) };
}

const renderSection = (content: string, frontmatter: Record<string, unknown>) =>
  renderMdx(content, {
    path: USES,
    frontmatter,
    bibliography: loadBibliography(),
  });

describe('evidence levels as data', () => {
  it('the real uses section grades at least one finding and labels each under its heading', async () => {
    const { frontmatter, content, data } = readUses();
    expect(data.findings.length).toBeGreaterThan(0);
    const html = await renderSection(content, frontmatter);
    for (const finding of data.findings) {
      const label = `<p class="evidence-label" data-level="${finding.level}"><span class="evidence-label-key">Evidence: </span>${FINDING_LEVEL_LABELS[finding.level]}</p>`;
      // Right after the heading (and the heading's link tools), before any other paragraph or heading.
      expect(html).toMatch(
        new RegExp(
          `id="${finding.anchor}"[^]*?</h[23]>(?:(?!<h[1-6]|<p)[^])*?${label.replace(/[()]/g, '\\$&')}`,
        ),
      );
    }
  });

  it('changing a level in the frontmatter changes both the section label and the overview table', async () => {
    const { frontmatter, content, data } = readUses();
    const first = data.findings[0]!;
    const newLevel: EvidenceLevel = first.level === 'cell' ? 'animal' : 'cell';
    const changed = {
      ...frontmatter,
      findings: (frontmatter.findings as Record<string, unknown>[]).map((f, i) =>
        i === 0 ? { ...f, level: newLevel } : f,
      ),
    };
    const changedData = parseSection(USES, changed);

    const before = await renderSection(content, frontmatter);
    const after = await renderSection(content, changed);
    expect(before).toContain(`data-level="${first.level}"`);
    expect(after).toContain(`<p class="evidence-label" data-level="${newLevel}">`);

    const rowsBefore = buildEvidenceRows([{ path: '/uses/', findings: data.findings }]);
    const rowsAfter = buildEvidenceRows([{ path: '/uses/', findings: changedData.findings }]);
    expect(rowsBefore[0]).toMatchObject({ level: first.level, href: `/uses/#${first.anchor}` });
    expect(rowsAfter[0]).toMatchObject({ level: newLevel, levelLabel: FINDING_LEVEL_LABELS[newLevel] });
  });

  it('fails the build when a finding names an anchor that no heading has', async () => {
    const frontmatter = {
      findings: [
        {
          anchor: 'nowhere',
          label: 'Missing heading',
          level: 'animal',
          verdict: 'No heading carries this anchor.',
          sources: ['dolotov2006bdnf'],
        },
      ],
    };
    await expect(renderSection('## Somewhere else', frontmatter)).rejects.toThrow(
      /content\/sections\/uses\.mdx: findings frontmatter names anchor\(s\) with no matching h2-h6 heading: "nowhere"/,
    );
  });
});
