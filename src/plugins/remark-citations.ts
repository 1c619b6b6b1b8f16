/**
 * remark-citations: turns `[@key]` and `[@key1; @key2]` in MDX into numbered, linked citation markers
 * and appends a "References" section (h2#references) listing each cited record once, with back-links.
 *
 * Why our own plugin and not rehype-citation (maintained, CSL-JSON in, footnotes out): checked under
 * Astro 7 MDX, rehype-citation 2.3.2 renders no back-links from a note to its markers, and an unknown
 * key stays in the page as literal text while the build passes. A medical page must not publish a
 * citation that points nowhere, and readers need to get back from a note to the claim. What we need
 * (parse one fixed syntax, number per page, fail loudly) is small enough to own; formatting lives in
 * src/lib/formatReference.ts and is shared with the /references/ page.
 *
 * Output, per page (one MDX file):
 * - each marker: <span class="cite"><a class="cite-link" href="#ref-KEY" id="cite-KEY-N"
 *   aria-label="Reference 3">3</a><span class="cite-tip" role="tooltip" hidden>short reference</span></span>,
 *   grouped in one <sup class="cite-group">; numbers follow reading order and a source cited again
 *   keeps its number (its markers are told apart by N: 1, 2, ...);
 * - the notes: <section class="references"><h2 id="references">References</h2><ol> with
 *   <li id="ref-KEY"> per source: reference, evidence label, PubMed/DOI/URL links, back-links
 *   "↩ a b" named "Back to citation 3a" (one "↩" named "Back to citation 3" for a single marker);
 * - the list of cited records in the page's remark frontmatter (`citations`), which the /references/
 *   page reads through render() to link each record to the sections that cite it.
 *
 * The build fails, naming the file, the line and the key, for a key that is not in the bibliography,
 * a malformed citation ([@], [@ key], [@a;], [@a; @a], an unclosed [@a) and a citation inside a
 * heading or a link. The syntax itself (tokenizer, ids) is src/lib/citations.ts.
 *
 * Register it right after remark-gfm, before plugins that wrap words in components (glossary terms),
 * so that it sees the writer's text as written.
 */
import { relative } from 'node:path';
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { markerId, publishFact, refId, tokenizeCitations, type PageCitation } from '../lib/citations';
import { formatReference, type FormattedReference } from '../lib/formatReference';
import type { Bibliography } from '../lib/loadContent';

export interface RemarkCitationsOptions {
  /** The validated bibliography (src/lib/loadContent.ts), loaded once in astro.config.mjs. */
  bibliography: Bibliography;
}

/** One marker of the page: which key, its number, and its own id. */
interface Occurrence {
  key: string;
  number: number;
  /** Letter of this marker among the markers of the same source: a, b, c ... */
  letter: string;
  id: string;
}

/** a, b, ..., z, aa, ab, ...: the back-link labels. */
function letterOf(index: number): string {
  let label = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    label = String.fromCharCode(97 + ((n - 1) % 26)) + label;
  }
  return label;
}

/** Line of a token: the text node's line plus the line breaks before the token inside the node. */
function lineOf(node: Text, offset: number): number | undefined {
  const line = node.position?.start.line;
  if (line === undefined) return undefined;
  return line + (node.value.slice(0, offset).match(/\n/g)?.length ?? 0);
}

/** The file's path relative to the working directory, as writers see it in the repository. */
function fileName(file: VFile): string {
  return file.path ? relative(process.cwd(), file.path) || file.path : '(MDX input)';
}

function markerHast(occurrence: Occurrence, reference: FormattedReference): Element {
  const tipId = `${occurrence.id}-tip`;
  return h('span.cite', [
    h(
      'a.cite-link',
      {
        href: `#${refId(occurrence.key)}`,
        id: occurrence.id,
        'aria-label': `Reference ${occurrence.number}`,
        'aria-describedby': tipId,
      },
      String(occurrence.number),
    ),
    // The preview repeats the note's text, so search indexing skips it; `hidden` until CSS (hover,
    // focus) or the preview script shows it, so that reader views and text browsers, which drop
    // hidden content, do not read it as body text.
    h('span.cite-tip', { id: tipId, role: 'tooltip', hidden: true, 'data-pagefind-ignore': '' }, [
      ...(reference.preview.lead ? [`${reference.preview.lead} `] : []),
      h('span', { lang: reference.titleLang }, reference.preview.title),
      ` ${reference.preview.tail}`,
    ]),
  ]);
}

/** The reference itself (authors, title, source), shared by the notes' markup. */
export function referenceTextHast(reference: FormattedReference): ElementContent[] {
  const parts: ElementContent[] = [];
  if (reference.authors) parts.push(h('span.ref-authors', reference.authors), { type: 'text', value: ' ' });
  parts.push(h('span.ref-title', { lang: reference.titleLang }, reference.title), {
    type: 'text',
    value: ' ',
  });
  parts.push(h('span.ref-source', reference.source));
  return parts;
}

function noteHast(reference: FormattedReference, number: number, markers: Occurrence[]): Element {
  const links = reference.links.flatMap((link, i) => [
    ...(i ? [{ type: 'text' as const, value: ' ' }] : []),
    h(`a.ref-link.ref-link-${link.kind}`, { href: link.href }, link.text),
  ]);
  // Like Wikipedia's "^ a b": one arrow, then a letter per marker; each a 24 px target (WCAG 2.5.8).
  const back =
    markers.length === 1
      ? [h('a', { href: `#${markers[0]!.id}`, 'aria-label': `Back to citation ${number}` }, '↩')]
      : [
          h('span', { 'aria-hidden': 'true' }, '↩'),
          ...markers.map((marker) =>
            h(
              'a',
              { href: `#${marker.id}`, 'aria-label': `Back to citation ${number}${marker.letter}` },
              marker.letter,
            ),
          ),
        ];
  return h('li.reference', { id: refId(reference.id) }, [
    h('p.ref-text', referenceTextHast(reference)),
    h('p.ref-meta', [
      h('span.ref-kind', reference.evidenceLabel),
      { type: 'text', value: ' ' },
      h('span.ref-links', links),
      { type: 'text', value: ' ' },
      h('span.ref-back', back),
    ]),
  ]);
}

/** An mdast node that becomes exactly the given hast element (mdast-util-to-hast's hName/hChildren). */
function hastNode(element: Element): PhrasingContent {
  return {
    type: 'citation',
    data: { hName: element.tagName, hProperties: element.properties, hChildren: element.children },
  } as unknown as PhrasingContent;
}

const remarkCitations: Plugin<[RemarkCitationsOptions], Root> = ({ bibliography }) => {
  const referencesFile = bibliography.file;

  return (tree, file) => {
    const formatted = new Map<string, FormattedReference>();
    const numbers = new Map<string, number>();
    const markers = new Map<string, Occurrence[]>();
    const problems: { line?: number; message: string }[] = [];
    const report = (node: Text, offset: number, message: string) => {
      const line = lineOf(node, offset);
      problems.push({
        line,
        message: `${fileName(file)}${line === undefined ? '' : `:${line}`}: ${message}`,
      });
    };

    // A marker inside a link would nest links, and one in a heading would end up in its id and in
    // the table of contents: citations belong in the text under the heading.
    const misplaced = new Map<Text, string>();
    visit(tree as Nodes, ['heading', 'link', 'linkReference'], (outer) => {
      visit(outer, 'text', (node: Text) => {
        misplaced.set(node, outer.type === 'heading' ? 'a heading' : 'a link');
      });
    });

    visit(tree as Nodes, 'text', (node: Text, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return;
      const tokens = tokenizeCitations(node.value);
      if (!tokens.length) return;
      const place = misplaced.get(node);
      if (place) {
        report(
          node,
          tokens[0]!.start,
          `citation "${tokens[0]!.raw}" is inside ${place}: cite in the text instead`,
        );
        return;
      }
      const replacement: PhrasingContent[] = [];
      let cursor = 0;
      for (const token of tokens) {
        // The marker sits right after the claim's last word, as superscripts do: drop the space.
        const before = node.value.slice(cursor, token.start).replace(/[ \t]+$/, '');
        if (before) replacement.push({ type: 'text', value: before });
        cursor = token.end;
        if ('error' in token) {
          report(
            node,
            token.start,
            `citation "${token.raw}" ${token.error}: write [@key] or [@key1; @key2], with keys from ${referencesFile}`,
          );
          continue;
        }
        const group: ElementContent[] = [];
        for (const key of token.keys) {
          const record = bibliography.get(key);
          if (!record) {
            report(
              node,
              token.start,
              `unknown citation key "${key}" in "${token.raw}": no record with this id in ${referencesFile}`,
            );
            continue;
          }
          if (!numbers.has(key)) {
            numbers.set(key, numbers.size + 1);
            formatted.set(key, formatReference(record));
            markers.set(key, []);
          }
          const seen = markers.get(key)!;
          const occurrence: Occurrence = {
            key,
            number: numbers.get(key)!,
            letter: letterOf(seen.length),
            id: markerId(key, seen.length + 1),
          };
          seen.push(occurrence);
          if (group.length) group.push({ type: 'text', value: ',' });
          group.push(markerHast(occurrence, formatted.get(key)!));
        }
        if (group.length) replacement.push(hastNode(h('sup.cite-group', group)));
      }
      const after = node.value.slice(cursor);
      if (after) replacement.push({ type: 'text', value: after });
      parent.children.splice(index, 1, ...(replacement as typeof parent.children));
      return [SKIP, index + replacement.length];
    });

    if (problems.length) {
      const lines = problems.map((problem) => problem.message).join('\n');
      const error = new Error(
        `Citation errors (the build stops so that no citation points nowhere):\n${lines}`,
      );
      // Astro's MDX plugin reads line/column from the error for its "Location:" line and overlay.
      throw Object.assign(error, { line: problems[0]!.line, column: 1 });
    }
    const keys = [...numbers.keys()];
    const citations: PageCitation[] = keys.map((key) => ({
      key,
      number: numbers.get(key)!,
      markerIds: markers.get(key)!.map((m) => m.id),
    }));
    publishFact(file, 'citations', citations);
    if (!keys.length) return;

    const list = h(
      'ol.reference-list',
      keys.map((key) => noteHast(formatted.get(key)!, numbers.get(key)!, markers.get(key)!)),
    );
    // Kept out of the search index: every section's list repeats the same titles, so "References"
    // came first for most queries; /references/ is the indexed place for sources.
    const section = h(
      'section.references',
      { 'aria-labelledby': 'references', 'data-pagefind-ignore': 'all' },
      [h('h2', { id: 'references' }, 'References'), list],
    );
    tree.children.push(hastNode(section) as unknown as Root['children'][number]);
  };
};

export default remarkCitations;
