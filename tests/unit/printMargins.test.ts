/** The print margins stylesheet: the page's address and date, the disclaimer, valid CSS strings. */
import { describe, expect, it } from 'vitest';
import { cssString, printMarginCss, printSheetId } from '@/lib/printMargins';
import { DISCLAIMER_BANNER, SITE_URL } from '@/site';

describe('printMarginCss', () => {
  const css = printMarginCss({ path: '/uses/', reviewedText: '3 December 2026' });

  it('puts the page address and review date bottom left, the disclaimer and its address bottom right', () => {
    expect(css).toContain(`@bottom-left { content: "${SITE_URL}/uses/ · Last reviewed 3 December 2026"`);
    expect(css).toMatch(
      new RegExp(
        `@bottom-right \\{ content: "${DISCLAIMER_BANNER.text.replace('.', '\\.')} ${SITE_URL}/disclaimer/`,
      ),
    );
    expect(css).toContain('counter(page) " of " counter(pages)');
  });

  it('escapes quotes and backslashes so a title cannot end the string', () => {
    expect(cssString('a "b" \\ c')).toBe('"a \\"b\\" \\\\ c"');
  });
});

describe('printSheetId', () => {
  it('names a page sheet after its path, one file per view', () => {
    expect(printSheetId('/glossary/')).toBe('glossary');
    expect(printSheetId('/evidence/level/animal/')).toBe('evidence-level-animal');
    expect(printSheetId('/evidence/')).toBe('evidence');
  });

  it('says which review date a guide-wide page prints', () => {
    const css = printMarginCss({
      path: '/glossary/',
      reviewedText: '3 December 2026',
      reviewedLabel: 'Guide last reviewed',
    });
    expect(css).toContain(`"${SITE_URL}/glossary/ · Guide last reviewed 3 December 2026"`);
  });
});
