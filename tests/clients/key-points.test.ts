/**
 * Key points agree with the findings (issue 17): a key-point bullet that links to a finding's
 * heading (frontmatter `findings`: anchor, level, verdict) must word its evidence as that level
 * allows, on the built page. So a bullet cannot say "patients" about a rat-only finding, nor leave
 * out "small" or a count for a few small human studies, and the two cannot drift apart when either
 * is edited.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import type { EvidenceLevel } from '@/lib/schemas';
import { distPage } from './dist';

interface Finding {
  anchor: string;
  level: EvidenceLevel;
  verdict: string;
}

const HUMAN = /\b(patients?|people|persons?|volunteers?|adults?|humans?|children|men|women)\b/i;
const ANIMAL = /\b(rats?|mice|mouse|rodents?|animals?|pups?)\b/i;
const CELL = /\b(test tubes?|dish(es)?|cells?|cell cultures?|laboratory)\b/i;
const NO_STUDY = /\bno (?:published |human |animal |controlled )?(?:study|studies|trials?)\b/i;
const SMALL = /\b(small|one|two|three|few|\d+)\b/i;
const OVERSTATED = /\b(large|proven|effective|works?)\b/i;

/**
 * The bullet without its negated parts ("no study in people", "not tested in animals"): from a
 * negation to the end of its clause. What is left is what the bullet says was found.
 */
const affirmed = (text: string) => text.replace(/\b(?:no|not|never|none|nor)\b.*?(?=[.;:]|\bbut\b|$)/gi, ' ');

/** Why a bullet's wording does not fit the level of the findings it links to, or undefined. */
export function wordingProblem(text: string, level: EvidenceLevel): string | undefined {
  const found = affirmed(text);
  switch (level) {
    case 'small-human':
      if (!HUMAN.test(found)) return 'a small-human finding: say in whom (patients, people, volunteers)';
      if (!SMALL.test(text))
        return 'a small-human finding: say how few ("small", "one study", "27 patients")';
      if (OVERSTATED.test(found)) return 'a small-human finding: "large", "proven", "effective" overstate it';
      return undefined;
    case 'animal':
      if (!ANIMAL.test(found)) return 'an animal finding: name the animals (rats, mice, animals)';
      if (HUMAN.test(found))
        return 'an animal finding: people or patients only in a negation ("no study in people")';
      return undefined;
    case 'cell':
      if (!CELL.test(found)) return 'a cell finding: say where (cells, a dish, a test tube)';
      if (HUMAN.test(found)) return 'a cell finding: people or patients only in a negation';
      return undefined;
    case 'none':
      if (!NO_STUDY.test(text)) return 'a finding without studies: say "no study"';
      if (HUMAN.test(found) || ANIMAL.test(found))
        return 'a finding without studies: names no finding in animals or people';
      return undefined;
  }
}

const SKIP_CLASSES = ['glossary-tip', 'cite-tip', 'visually-hidden'];
const classes = (node: Element) => ((node.properties.className as string[] | undefined) ?? []).map(String);

/** Visible text of a bullet, without citation markers and glossary previews. */
function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (
    node.type === 'element' &&
    (node.tagName === 'sup' || classes(node).some((c) => SKIP_CLASSES.includes(c)))
  )
    return '';
  return node.children.map(textOf).join('');
}

function elements(node: Root | RootContent, test: (el: Element) => boolean, out: Element[] = []): Element[] {
  if (node.type === 'element' && test(node)) out.push(node);
  if (node.type === 'element' || node.type === 'root')
    for (const child of node.children) elements(child, test, out);
  return out;
}

/** The key-point bullets of a built page: text and the hrefs they link to. */
function keyPoints(path: string) {
  const blocks = elements(fromHtml(distPage(path)), (el) => classes(el).includes('key-points'));
  return blocks.flatMap((block) =>
    elements(block, (el) => el.tagName === 'li').map((li) => ({
      text: textOf(li).replace(/\s+/g, ' ').trim(),
      hrefs: elements(li, (el) => el.tagName === 'a').map((a) => String(a.properties.href ?? '')),
    })),
  );
}

const sections = readdirSync('content/sections')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const name = f.replace(/\.mdx$/, '');
    const { frontmatter } = parseFrontmatter(readFileSync(`content/sections/${f}`, 'utf8'));
    return {
      name,
      path: name === 'overview' ? '/' : `/${name}/`,
      findings: (frontmatter.findings ?? []) as Finding[],
    };
  });
/** Every finding by its address, e.g. "/uses/#stroke". */
const findings = new Map<string, Finding>(
  sections.flatMap((s) => s.findings.map((f) => [`${s.path}#${f.anchor}`, f] as const)),
);

describe('key points agree with the findings they link to', () => {
  it('the wording rules reject what they should', () => {
    expect(wordingProblem('In rats, Semax lowered signs of inflammation.', 'animal')).toBeUndefined();
    expect(wordingProblem('In rats and in patients, Semax lowered inflammation.', 'animal')).toMatch(
      /negation/,
    );
    expect(wordingProblem('Semax lowered inflammation; no study in people.', 'animal')).toMatch(
      /name the animals/,
    );
    expect(wordingProblem('Studies in patients report faster recovery.', 'small-human')).toMatch(/how few/);
    expect(
      wordingProblem('Small studies in patients report faster recovery.', 'small-human'),
    ).toBeUndefined();
    expect(wordingProblem('Small studies show Semax is effective in patients.', 'small-human')).toMatch(
      /overstate/,
    );
    expect(wordingProblem('Semax helps ADHD in children.', 'none')).toMatch(/no study/);
    expect(wordingProblem('We found no study of ADHD, in animals or in people.', 'none')).toBeUndefined();
  });

  for (const section of sections.filter((s) => s.findings.length > 0)) {
    it(`${section.path}: its key points link to its findings, in wording that fits each level`, () => {
      const bullets = keyPoints(section.path);
      expect(bullets.length, `${section.path} has no key points`).toBeGreaterThanOrEqual(3);
      expect(bullets.length).toBeLessThanOrEqual(6);
      const problems: string[] = [];
      let linked = 0;
      for (const bullet of bullets) {
        const levels = new Set(
          bullet.hrefs
            .map((href) => findings.get(href.startsWith('#') ? `${section.path}${href}` : href)?.level)
            .filter((level): level is EvidenceLevel => level !== undefined),
        );
        if (levels.size === 0) continue;
        linked += 1;
        if (levels.size > 1) {
          problems.push(`links findings of levels ${[...levels].join(', ')}: split it: "${bullet.text}"`);
          continue;
        }
        const problem = wordingProblem(bullet.text, [...levels][0]!);
        if (problem) problems.push(`${problem}: "${bullet.text}"`);
      }
      expect(linked, `no key point of ${section.path} links to one of its findings`).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    });
  }
});
