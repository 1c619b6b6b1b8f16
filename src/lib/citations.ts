/**
 * The house citation syntax and the ids built from it, in one place. Only the Markdown plugins
 * (src/plugins/) read citation syntax, through tokenizeCitations(); everything else reads the facts
 * the plugins publish in each page's remark frontmatter (`PageFacts`, below).
 *
 * A few lines of our own rather than a Pandoc-citation parser: the house syntax is one narrow form
 * (`[@key]` or `[@key1; @key2]`), and parsers for the full Pandoc grammar (locators, prefixes)
 * would accept more than authors may write.
 */
import { createHash } from 'node:crypto';

/** A citation key, exactly as content/references.json ids are written (see src/lib/schemas.ts). */
export const CITATION_KEY = /^[a-z0-9][a-z0-9_-]*$/i;
/** "@key" inside the brackets. */
const KEY = /^@([a-z0-9][a-z0-9_-]*)$/i;
/** Where a citation starts: "[@" (also "[ @", so that "[ @key]" is reported rather than printed). */
const START = /\[\s*@/g;

/** One bracketed citation found in a text, with its offsets in that text. */
export type CitationToken =
  | { start: number; end: number; raw: string; keys: string[] }
  | { start: number; end: number; raw: string; error: string };

/**
 * Finds every citation in one text. A bracket that starts with "@" is a citation; if it is not
 * `[@key]` or `[@key1; @key2]` it comes back with an error, so a typo never reaches readers.
 */
export function tokenizeCitations(value: string): CitationToken[] {
  const tokens: CitationToken[] = [];
  for (const match of value.matchAll(START)) {
    const start = match.index;
    if (tokens.length && start < tokens[tokens.length - 1]!.end) continue;
    const close = value.indexOf(']', start);
    if (close === -1) {
      const raw = value.slice(start, start + 40).split('\n')[0]!;
      tokens.push({ start, end: value.length, raw, error: 'has no closing "]"' });
      continue;
    }
    const raw = value.slice(start, close + 1);
    const parts = raw
      .slice(1, -1)
      .split(';')
      .map((part) => part.trim());
    const keys = parts.map((part) => KEY.exec(part)?.[1]);
    if (!raw.startsWith('[@') || keys.some((key) => key === undefined)) {
      tokens.push({ start, end: close + 1, raw, error: 'is malformed' });
    } else if (new Set(keys).size !== keys.length) {
      tokens.push({ start, end: close + 1, raw, error: 'cites the same key twice' });
    } else {
      tokens.push({ start, end: close + 1, raw, keys: keys as string[] });
    }
  }
  return tokens;
}

/** Whether a text holds at least one citation (well formed or not). */
export const hasCitation = (value: string): boolean => tokenizeCitations(value).length > 0;

const REF_PREFIX = 'ref-';
/** Id of a reference's note in a page's References list, and of its entry on /references/. */
export const refId = (key: string) => `${REF_PREFIX}${key}`;
/** The key a reference id (refId) was made from, or undefined for any other id. */
export const keyOfRefId = (id: string): string | undefined =>
  id.startsWith(REF_PREFIX) ? id.slice(REF_PREFIX.length) : undefined;
/** Id of the n-th marker (1-based) citing `key` on a page. */
export const markerId = (key: string, nth: number) => `cite-${key}-${nth}`;
/**
 * Anchor id of a cited paragraph, derived from its content: "claim-" and 7 letters from the SHA-256 of its cited keys and its text with case, spacing and punctuation normalised. Inserting
 * or removing other text does not move it (numbering in reading order did: claim-12 became another
 * sentence whenever a paragraph was added above it). Rewording the paragraph gives it a new id; the old
 * one is then kept alive by an `anchorAliases` entry in the section's frontmatter.
 */
export function claimAnchor(text: string, keys: readonly string[]): string {
  const normalized = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const digest = createHash('sha256')
    .update(`${[...keys].sort().join(',')}|${normalized}`)
    .digest('hex');
  // Letters only (hex digit d becomes the (d+1)-th letter, a-p), so that a new id can never be
  // mistaken for, or clash with, an old numbered one (claim-12).
  const letters = [...digest.slice(0, 7)].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
  return `claim-${letters}`;
}

/** The anchors of the first editions, numbered in reading order; kept only as aliases. */
export const LEGACY_CLAIM_ANCHOR = /^claim-\d+$/;

/** One cited source of a page, in reading order (published by remark-citations). */
export interface PageCitation {
  key: string;
  number: number;
  /** Ids of this source's markers on the page, in reading order. */
  markerIds: string[];
}

/** One sentence of a page that cites sources (published by remark-claim-anchors). */
export interface CitedSentence {
  /** The sentence without its citation markers. */
  text: string;
  keys: string[];
  /** Anchor of its paragraph, e.g. "claim-dpkjmab" (see claimAnchor). */
  anchor: string;
}

/**
 * What the plugins publish about a page in its remark frontmatter while they compile it; pages read
 * it back with `(await render(entry)).remarkPluginFrontmatter` (see src/lib/pageFacts.ts).
 */
export interface PageFacts {
  /** remark-citations: the sources cited, in reading order. */
  citations: PageCitation[];
  /** remark-claim-anchors: the cited sentences, in reading order. */
  citedSentences: CitedSentence[];
  /** remark-reading-time: estimated reading time in whole minutes. */
  minutesRead: number;
  /** rehype-glossary: ids of the glossary terms marked on the page, in reading order. */
  glossaryTerms: string[];
}

/** Writes one fact into the page's remark frontmatter (Astro passes it as file.data.astro.frontmatter). */
export function publishFact<K extends keyof PageFacts>(
  file: { data: Record<string, unknown> },
  key: K,
  value: PageFacts[K],
): void {
  const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
  data.astro ??= {};
  data.astro.frontmatter ??= {};
  data.astro.frontmatter[key] = value;
}
