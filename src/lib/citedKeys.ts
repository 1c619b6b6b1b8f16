/**
 * The reference keys an MDX text cites, with the house citation syntax `[@key]` or
 * `[@key1; @key2]`. Used where a page needs its sources without rendering it (JSON-LD `citation`).
 * A few lines of our own rather than a Pandoc-citation parser: the house syntax is one narrow form,
 * and parsers for the full Pandoc grammar (locators, prefixes) would accept more than authors may write.
 */

/** One citation group: `[@a]` or `[@a; @b]`, not followed by "(" (that would be a Markdown link). */
const GROUP = /\[(@[A-Za-z0-9][\w-]*(?:\s*;\s*@[A-Za-z0-9][\w-]*)*)\](?!\()/g;

/** Fenced code blocks and inline code, where `[@x]` is an example, not a citation. */
const CODE = /^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$|`[^`\n]*`/gm;

/** Keys cited in `text`, each once, in order of first citation. */
export function citedKeys(text: string): string[] {
  const keys = new Set<string>();
  for (const match of text.replace(CODE, '').matchAll(GROUP)) {
    for (const part of match[1].split(';')) keys.add(part.trim().slice(1));
  }
  return [...keys];
}
