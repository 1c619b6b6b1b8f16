/**
 * What stands before the first line of text of a page (`npm run bench`, issue 16): the part of the
 * HTML before the first paragraph of <main>, and the floor version of a page (no JavaScript, its
 * stylesheets inline) that the bench measures next to the page itself.
 */
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/**
 * Where the first paragraph of text in <main> starts (a character offset in the HTML): the first <p>
 * that is not inside a <header> or <nav> (a section's review-date line and its contents list come
 * before the text), else the first <p> of <main>.
 */
export function firstParagraphOffset(tree) {
  let main;
  visit(tree, 'element', (node) => {
    if (node.tagName === 'main' && !main) main = node;
  });
  if (!main) return undefined;
  let first;
  let firstText;
  const walk = (node, inChrome) => {
    for (const child of node.children ?? []) {
      if (child.type !== 'element') continue;
      const chrome = inChrome || child.tagName === 'header' || child.tagName === 'nav';
      if (child.tagName === 'p') {
        first ??= child;
        if (!chrome) firstText ??= child;
      }
      walk(child, chrome);
    }
  };
  walk(main, false);
  return (firstText ?? first)?.position?.start.offset;
}

/**
 * The bytes of an HTML document before its first paragraph of text (all of it when there is none).
 * @param {Buffer} html
 */
export function beforeFirstParagraph(html) {
  const text = html.toString('utf8');
  const offset = firstParagraphOffset(fromHtml(text));
  return offset === undefined ? html : Buffer.from(text.slice(0, offset));
}

/**
 * The page with no JavaScript and its stylesheets inline in <head>. The HTML is our own build output,
 * so plain patterns find its <script> and <link rel="stylesheet"> elements; JSON-LD is data and stays.
 * @param {string} html
 * @param {(href: string) => Promise<string>} readCss the text of a same-origin stylesheet
 */
export async function floorHtml(html, readCss) {
  let out = html.replace(/<script(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/g, '');
  for (const [link] of out.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)) {
    const href = /\bhref="([^"]+)"/.exec(link)?.[1];
    if (!href?.startsWith('/')) continue;
    const css = await readCss(href);
    out = out.replace(link, () => `<style>${css}</style>`);
  }
  return out;
}
