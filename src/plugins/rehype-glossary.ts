/**
 * Rehype plugin: marks the first use of each glossary term on a page.
 *
 * The first time a term (or one of its aliases) appears in running text, it becomes
 *
 *   <span class="glossary-term">
 *     <a href="/glossary/#bdnf" aria-describedby="glossary-tip-bdnf"><abbr>BDNF</abbr></a>
 *     <span class="glossary-tip" role="tooltip" id="glossary-tip-bdnf" hidden>Brain-derived …</span>
 *   </span>
 *
 * Abbreviations (all capitals) use <abbr>; words use <dfn>, whose definition sits in the same
 * paragraph as the HTML spec asks. CSS shows the tip on hover and keyboard focus, so it needs no
 * JavaScript; the link takes a reader to the full glossary in any case, and screen readers hear
 * the definition as the link's description.
 *
 * Skipped: headings, links, code, buttons, existing <abbr>/<dfn>, anything inside an element with
 * id="references", class "references" or data-glossary="off" (as HTML or as JSX written in MDX),
 * a <References /> component, and everything after a heading whose id is "references" up to the
 * next heading of the same or a higher level.
 *
 * Written here rather than taken from a library: the rehype glossary plugins on npm link every
 * use (or none) and do not produce an accessible tooltip.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { h } from 'hastscript';
import { publishFact } from '../lib/citations';
import type { GlossaryEntry } from '../lib/schemas';

export interface RehypeGlossaryOptions {
  /** The glossary entries (content/glossary.json, validated by parseGlossary). */
  terms: GlossaryEntry[];
  /** URL path of the glossary page; each term links to `${glossaryPath}#${id}`. */
  glossaryPath?: string;
}

/** Elements whose text is never marked. */
const SKIPPED_TAGS = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'a',
  // Citation markers and their previews: a reference's title is not prose, and a term link inside a
  // preview would be a link inside a tooltip.
  'sup',
  'abbr',
  'dfn',
  'button',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'script',
  'style',
  'svg',
  'math',
  'template',
  'textarea',
  'select',
  'summary',
]);

const REFERENCES_ID = 'references';

/** An abbreviation such as "ACTH" or "BDNF": matched case-sensitively and marked with <abbr>. */
const isAbbreviation = (word: string) => /^[\p{Lu}\p{N}]+$/u.test(word) && /\p{Lu}{2}/u.test(word);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Matcher {
  entry: GlossaryEntry;
  /**
   * Word boundaries on both sides, longest form first: abbreviations case-sensitive ("ACTH", never
   * "acth"), words case-insensitive and with their plural. Two patterns rather than one with inline
   * flags, which Node 22 (allowed by package.json "engines") cannot parse.
   */
  patterns: RegExp[];
}

// Letters or digits on either side mean the term is part of a longer word: no match.
const bounded = (alternatives: string[], flags: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, flags);

function buildMatcher(entry: GlossaryEntry): Matcher {
  const forms = [entry.term, ...(entry.aliases ?? [])].sort((a, b) => b.length - a.length);
  const abbreviations = forms.filter(isAbbreviation).map(escapeRegExp);
  const words = forms.filter((form) => !isAbbreviation(form)).map((form) => `${escapeRegExp(form)}(?:e?s)?`);
  const patterns: RegExp[] = [];
  if (abbreviations.length) patterns.push(bounded(abbreviations, 'u'));
  if (words.length) patterns.push(bounded(words, 'iu'));
  return { entry, patterns };
}

const classesOf = (node: Element) => {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
};

const headingLevel = (node: Element) => (/^h[1-6]$/.test(node.tagName) ? Number(node.tagName[1]) : 0);

/** The heading a node is, or holds as a heading-links wrapper (`header.heading-wrapper > hN`). */
function headingOf(node: RootContent): Element | undefined {
  if (node.type !== 'element') return undefined;
  if (headingLevel(node)) return node;
  if (classesOf(node).includes('heading-wrapper')) {
    return node.children.find(
      (child): child is Element => child.type === 'element' && headingLevel(child) > 0,
    );
  }
  return undefined;
}

function isSkippedElement(node: Element): boolean {
  return (
    SKIPPED_TAGS.has(node.tagName) ||
    node.properties.id === REFERENCES_ID ||
    classesOf(node).includes('references') ||
    node.properties.dataGlossary === 'off'
  );
}

/**
 * JSX in MDX (`<span data-glossary="off">`, `<References />`) stays an mdxJsx*Element node with a
 * name and a list of attributes rather than becoming a hast element; the same rules apply to it.
 */
const MDX_JSX_TYPES = new Set<string>(['mdxJsxFlowElement', 'mdxJsxTextElement']);
interface MdxJsxNode {
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: RootContent[];
}
function isSkippedJsx(node: MdxJsxNode): boolean {
  const attribute = (name: string) =>
    node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
  const classes = String(attribute('className') ?? attribute('class') ?? '').split(/\s+/);
  return (
    (node.name !== null && (SKIPPED_TAGS.has(node.name) || node.name === 'References')) ||
    attribute('id') === REFERENCES_ID ||
    classes.includes('references') ||
    attribute('data-glossary') === 'off'
  );
}

function markTerm(entry: GlossaryEntry, text: string, glossaryPath: string): Element {
  const tipId = `glossary-tip-${entry.id}`;
  return h('span', { class: 'glossary-term' }, [
    h('a', { class: 'glossary-link', href: `${glossaryPath}#${entry.id}`, ariaDescribedBy: tipId }, [
      h(isAbbreviation(text) ? 'abbr' : 'dfn', text),
    ]),
    // `hidden` until CSS shows it: never a flash of every definition before the stylesheet applies.
    h(
      'span',
      { class: 'glossary-tip', role: 'tooltip', id: tipId, hidden: true, dataPagefindIgnore: '' },
      entry.definition,
    ),
  ]);
}

/**
 * Entries of the changes log (content/changes/) are left alone: /changes/ shows them many to a
 * page, where each would mark the same term again under the same tip id, and the Atom feed carries
 * their HTML to readers that ignore `hidden` and would print every tip inline.
 */
const UNMARKED_FILES = /(?:^|[\\/])content[\\/]changes[\\/]/;

export default function rehypeGlossary({ terms, glossaryPath = '/glossary/' }: RehypeGlossaryOptions) {
  return (tree: Root, file: { data: Record<string, unknown>; path?: string }) => {
    if (file.path && UNMARKED_FILES.test(file.path)) return;
    const pending = terms.map(buildMatcher);
    /** Ids of the terms marked, in reading order: published as the page's `glossaryTerms`. */
    const marked: string[] = [];

    /** Splits one text node at the earliest term still unmarked; returns what replaces it. */
    function markText(node: Text): ElementContent[] {
      const out: ElementContent[] = [];
      let rest = node.value;
      while (pending.length && rest) {
        let best: { matcher: Matcher; index: number; text: string } | undefined;
        for (const matcher of pending) {
          for (const pattern of matcher.patterns) {
            const match = pattern.exec(rest);
            const better =
              match &&
              (!best ||
                match.index < best.index ||
                (match.index === best.index && match[0].length > best.text.length));
            if (better) best = { matcher, index: match.index, text: match[0] };
          }
        }
        if (!best) break;
        if (best.index > 0) out.push({ type: 'text', value: rest.slice(0, best.index) });
        out.push(markTerm(best.matcher.entry, best.text, glossaryPath));
        marked.push(best.matcher.entry.id);
        pending.splice(pending.indexOf(best.matcher), 1);
        rest = rest.slice(best.index + best.text.length);
      }
      if (rest) out.push({ type: 'text', value: rest });
      return out;
    }

    /** Walks children in document order, replacing text nodes and descending into allowed elements. */
    function walk(parent: Root | Element | { children: RootContent[] }) {
      const children = parent.children as RootContent[];
      let skipUntilLevel = 0;
      for (let i = 0; i < children.length && pending.length; i++) {
        const child = children[i]!;
        const heading = headingOf(child);
        if (heading) {
          const level = headingLevel(heading);
          if (skipUntilLevel && level <= skipUntilLevel) skipUntilLevel = 0;
          if (heading.properties.id === REFERENCES_ID) skipUntilLevel = level;
          continue;
        }
        if (skipUntilLevel) continue;
        if (child.type === 'text') {
          const replacement = markText(child);
          children.splice(i, 1, ...replacement);
          i += replacement.length - 1;
        } else if (child.type === 'element') {
          if (!isSkippedElement(child)) walk(child);
        } else if (MDX_JSX_TYPES.has(child.type)) {
          // Other MDX components (a callout, a table) hold ordinary content.
          if (!isSkippedJsx(child as unknown as MdxJsxNode)) walk(child as unknown as MdxJsxNode);
        }
      }
    }

    walk(tree);
    publishFact(file, 'glossaryTerms', marked);
  };
}
