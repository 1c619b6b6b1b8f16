/**
 * Colour contrast of every token pair the site uses, in the light and the dark theme, against
 * WCAG 2.2 AA: 4.5:1 for text, 3:1 for focus rings, control borders and other non-text marks.
 * Reads src/styles/tokens.css itself, so a changed colour is checked before any page is built.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('src/styles/tokens.css', 'utf8');

function colours(block: string): Record<string, string> {
  return Object.fromEntries(
    [...block.matchAll(/--color-([a-z-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!]),
  );
}
const light = colours(css.slice(0, css.indexOf('}')));
const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
const dark = { ...light, ...colours(css.slice(darkStart, css.indexOf('}', darkStart))) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** [foreground, background, minimum ratio, where it is used] */
const PAIRS: [string, string, number, string][] = [
  ['text', 'bg', 4.5, 'body text'],
  ['text', 'surface', 4.5, 'table of contents box, glossary definitions'],
  ['text-muted', 'bg', 4.5, 'meta line, footer, heading-link icons'],
  ['text-muted', 'surface', 4.5, 'TOC title, icons on hover'],
  ['link', 'bg', 4.5, 'links'],
  ['link', 'surface', 4.5, 'links in the table of contents box'],
  ['bg', 'text', 4.5, '"Link copied" notice (inverted colours)'],
  ['banner-text', 'banner-bg', 4.5, 'disclaimer banner'],
  ['accent', 'bg', 3, 'current-section bar in the TOC'],
  ['focus', 'bg', 3, 'focus ring'],
  ['focus', 'surface', 3, 'focus ring inside the TOC box'],
  ['focus', 'banner-bg', 3, 'focus ring on the banner link'],
  ['control-border', 'bg', 3, 'border of the glossary definition card'],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('%s theme', (_name, theme) => {
  it.each(PAIRS)('%s on %s is at least %s:1 (%s)', (fg, bg, min) => {
    expect(theme[fg], `--color-${fg} is defined`).toBeDefined();
    expect(theme[bg], `--color-${bg} is defined`).toBeDefined();
    expect(contrast(theme[fg]!, theme[bg]!)).toBeGreaterThanOrEqual(min);
  });
});
