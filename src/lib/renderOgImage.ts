/**
 * Draws the 1200x630 link-preview (Open Graph) image of a section at build time.
 *
 * Generator: satori (HTML/CSS layout to SVG, maintained by Vercel) + @resvg/resvg-js (SVG to PNG,
 * a Rust renderer whose binary ships inside its npm package). Chosen over astro-og-canvas because
 * both are maintained, already dependencies and small, where astro-og-canvas brings canvaskit-wasm
 * (all of Skia compiled to WebAssembly) and a fixed template; satori's flexbox layout wraps a long
 * title without us measuring text. Fonts are read from the repository (src/assets/fonts, DejaVu Sans),
 * never fetched, so the build stays hermetic.
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { OG_IMAGE_SIZE, type OgImageInput } from './ogImage';

/**
 * Fonts, read once per process: satori caches each parsed font by its data buffer, so every image
 * after the first reuses the parse. Paths are relative to the project root, where npm scripts run Astro and
 * Vitest (a bundled endpoint's import.meta.url would point into the build folder instead).
 */
let fonts: Font[] | undefined;
function loadFonts(): Font[] {
  fonts ??= [
    {
      name: 'DejaVu Sans',
      weight: 400,
      style: 'normal',
      data: readFileSync('src/assets/fonts/DejaVuSans.ttf'),
    },
    {
      name: 'DejaVu Sans',
      weight: 700,
      style: 'normal',
      data: readFileSync('src/assets/fonts/DejaVuSans-Bold.ttf'),
    },
  ];
  return fonts;
}

/** Colours of the site's light theme (src/styles/tokens.css); few colours keep the PNG small. */
const COLOURS = { bg: '#ffffff', text: '#1a1d21', muted: '#4a525c', accent: '#0b57a4' };

/** A satori element: the same shape as a React element, without needing React. */
interface Node {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | Node | (string | Node)[] };
}
const el = (type: string, style: Node['props']['style'], children?: Node['props']['children']): Node => ({
  type,
  props: { style, children },
});

/** Smaller type for longer titles, so that a 90-character title still fits in four lines. */
function titleSize(title: string): number {
  if (title.length <= 32) return 72;
  if (title.length <= 60) return 60;
  return 50;
}

/** Width of the text column: the image less its side margins. */
const MARGIN = 72;
const COLUMN = OG_IMAGE_SIZE.width - 2 * MARGIN;

/** The layout of the image as a satori element tree. */
export function ogImageTree({ siteName, title, summary, reviewed }: OgImageInput): Node {
  const column = { display: 'flex', width: COLUMN };
  return el(
    'div',
    {
      width: OG_IMAGE_SIZE.width,
      height: OG_IMAGE_SIZE.height,
      // Satori's default box is content-box: padding and border would grow the image past 1200x630.
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: `56px ${MARGIN}px 48px`,
      backgroundColor: COLOURS.bg,
      borderTop: `20px solid ${COLOURS.accent}`,
      fontFamily: 'DejaVu Sans',
      color: COLOURS.text,
    },
    [
      el('div', { ...column, flexDirection: 'column' }, [
        el(
          'div',
          { ...column, fontSize: 30, fontWeight: 700, color: COLOURS.accent, marginBottom: 24 },
          siteName,
        ),
        el(
          'div',
          { ...column, fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.15, lineClamp: 4 },
          title,
        ),
        el(
          'div',
          { ...column, fontSize: 30, lineHeight: 1.4, color: COLOURS.muted, marginTop: 28, lineClamp: 3 },
          summary,
        ),
      ]),
      el('div', { ...column, fontSize: 26, color: COLOURS.muted }, `Last reviewed ${reviewed}`),
    ],
  );
}

/** Renders the preview image of one page as a PNG. */
export async function renderOgImage(input: OgImageInput): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await satori(ogImageTree(input), { ...OG_IMAGE_SIZE, fonts: loadFonts() });
  // Text is already turned into paths by satori, so resvg needs no fonts of its own.
  const png = new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
  return new Uint8Array(png);
}
