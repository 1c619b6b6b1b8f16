/** The claims list of /claims/ (content/claims.json): its checks name the file, the claim and the field. */
import { readdirSync, readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { CLAIMS_FILE, loadClaims, parseClaims } from '@/lib/claims';
import { EVIDENCE_LEVELS, parseSection, type EvidenceLevel } from '@/lib/schemas';

const good = loadClaims();
const withFirst = (change: Record<string, unknown>) => [{ ...good[0], ...change }, ...good.slice(1)];

describe('content/claims.json', () => {
  it('holds 12 to 20 claims, among them the ones issue 17 names', () => {
    expect(good.length).toBeGreaterThanOrEqual(12);
    expect(good.length).toBeLessThanOrEqual(20);
    const text = good.map((c) => c.claim).join('\n');
    for (const topic of [
      /800%/,
      /ADHD in Russia/,
      /no side effects/,
      /natural hormone/,
      /FDA/,
      /sport/,
      /N-acetyl/,
    ]) {
      expect(text).toMatch(topic);
    }
    expect(good.filter((c) => c.group === 'likely-effective').length).toBe(7);
  });

  it('rejects an unknown evidence kind, naming file, claim and field', () => {
    expect(() => parseClaims(CLAIMS_FILE, withFirst({ evidence: 'strong' }))).toThrow(
      new RegExp(`${CLAIMS_FILE}: claim "${good[0]!.id}", field "evidence"`),
    );
  });

  it('rejects a link without a heading fragment', () => {
    expect(() => parseClaims(CLAIMS_FILE, withFirst({ links: [{ href: '/uses/', text: 'Uses' }] }))).toThrow(
      /field "links.0.href"/,
    );
  });

  it('rejects a duplicate id and a list outside 12 to 20', () => {
    expect(() => parseClaims(CLAIMS_FILE, [...good.slice(0, 12), good[0]])).toThrow(/appears twice/);
    expect(() => parseClaims(CLAIMS_FILE, good.slice(0, 11))).toThrow(/11 claims; 12 to 20 expected/);
  });

  // A verdict's label must follow the sections: the first edition said "no studies found" for
  // neurogenesis after the second edition of uses.mdx had graded it from rodent studies.
  it("labels each claim no stronger than the graded findings it links to, and the popular list's claims as their findings", () => {
    const level = new Map<string, EvidenceLevel>();
    for (const name of readdirSync('content/sections').filter((f) => f.endsWith('.mdx'))) {
      const file = `content/sections/${name}`;
      const path = name === 'overview.mdx' ? '/' : `/${name.replace(/\.mdx$/, '')}/`;
      for (const f of parseSection(file, parseFrontmatter(readFileSync(file, 'utf8')).frontmatter).findings)
        level.set(`${path}#${f.anchor}`, f.level);
    }
    // EVIDENCE_LEVELS runs strongest first: a lower index is stronger evidence.
    const rank = (l: EvidenceLevel) => EVIDENCE_LEVELS.indexOf(l);
    const wrong: string[] = [];
    for (const claim of good) {
      const linked = claim.links.map((l) => level.get(l.href)).filter((l) => l !== undefined);
      if (claim.evidence === 'regulatory' || linked.length === 0) continue;
      const strongest = EVIDENCE_LEVELS[Math.min(...linked.map(rank))]!;
      const evidence = claim.evidence;
      if (rank(evidence) < rank(strongest))
        wrong.push(`${claim.id}: ${evidence} is stronger than ${strongest}`);
      if (claim.group === 'likely-effective' && evidence !== strongest)
        wrong.push(`${claim.id}: labelled ${evidence}, its findings are ${strongest}`);
    }
    expect(wrong).toEqual([]);
    // Every claim of the popular list links to at least one graded finding, so the check above applies.
    for (const claim of good.filter((c) => c.group === 'likely-effective'))
      expect(
        claim.links.some((l) => level.has(l.href)),
        claim.id,
      ).toBe(true);
  });
});
