/**
 * The margins of a printed sheet (issue 14): every sheet of every printed page carries the page's
 * own address and review date at the bottom left, and the disclaimer with its address and the sheet
 * number at the bottom right, so that a single sheet found on a desk can be traced back, dated and
 * read with its disclaimer. Sections and the handout give their own review date; the pages made
 * from the whole guide (glossary, references, explorer, changes) give the guide's latest one.
 *
 * Why CSS page-margin boxes in a small stylesheet per page (src/pages/print/[page].css.ts), linked
 * with media="print": margin boxes repeat on every sheet, which no element in the page can do, and
 * their text must be a CSS string. The CSP allows stylesheets from the site only (no inline
 * <style>), and a print-only stylesheet does not delay the first paint on screen. The sheet sets
 * margins because the boxes are drawn in them (Playwright's page.pdf and some print dialogs default
 * to none); a page's own @page rule, later in the cascade (the handout's 10 mm), still wins.
 */
import { DISCLAIMER_BANNER, SITE_URL } from '../site';

/** A CSS string literal: backslashes, quotes and line breaks escaped (CSS Syntax 3, §4.3.5). */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\a ')}"`;
}

// A type, not an interface: Astro's getStaticPaths props need an index signature.
export type PrintSheet = {
  /** The page's path, e.g. "/uses/". */
  path: string;
  /** The review date as the page writes it, e.g. "3 December 2026". */
  reviewedText: string;
  /** What the date is: "Last reviewed" (the page's own) or "Guide last reviewed" (the newest section's). */
  reviewedLabel?: string;
};

/**
 * The id of a page's print stylesheet (/print/<id>.css) from its path: "/glossary/" -> "glossary",
 * "/evidence/level/animal/" -> "evidence-level-animal". Sections pass their own id instead.
 */
export const printSheetId = (path: string) => path.replace(/^\/|\/$/g, '').replaceAll('/', '-') || 'home';

/** The print stylesheet of one page. */
export function printMarginCss({ path, reviewedText, reviewedLabel = 'Last reviewed' }: PrintSheet): string {
  const left = `${SITE_URL}${path} · ${reviewedLabel} ${reviewedText}`;
  const right = `${DISCLAIMER_BANNER.text} ${SITE_URL}/disclaimer/ · Sheet `;
  const box = 'font: 7.5pt/1.3 system-ui, sans-serif; color: #333;';
  return `/* Margins of the printed sheets of ${path} (src/lib/printMargins.ts). */
@page {
  margin: 10mm 10mm 12mm;
  @bottom-left { content: ${cssString(left)}; ${box} }
  @bottom-right { content: ${cssString(right)} counter(page) " of " counter(pages); ${box} text-align: right; }
}
`;
}
