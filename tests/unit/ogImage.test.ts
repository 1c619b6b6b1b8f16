import { describe, expect, it } from 'vitest';
import {
  OG_IMAGE_SIZE,
  ogImageInput,
  ogImageOf,
  summariseEvidence,
  ogPageImageOf,
  pageOgImagePath,
} from '@/lib/ogImage';
import { renderOgImage } from '@/lib/renderOgImage';

const section = (findings: { level: 'small-human' | 'animal' | 'cell' | 'none' }[]) => ({
  id: 'uses',
  data: {
    title: 'Potential uses of Semax, graded by evidence',
    description: 'Each proposed use of Semax graded by the strength of its evidence.',
    lastReviewed: new Date('2026-11-25'),
    findings,
  },
});

describe('summariseEvidence', () => {
  it('counts graded findings per evidence level, strongest level first', () => {
    expect(
      summariseEvidence([
        { level: 'animal' },
        { level: 'small-human' },
        { level: 'animal' },
        { level: 'cell' },
      ]),
    ).toBe(
      'Best evidence for the 4 graded findings: small human trials (1), animal studies only (2), cell studies only (1)',
    );
    expect(summariseEvidence([{ level: 'none' }])).toBe(
      'Best evidence for the one graded finding: no studies found (1)',
    );
  });

  it('is undefined for a page that grades nothing', () => {
    expect(summariseEvidence([])).toBeUndefined();
  });
});

describe('ogImageInput and ogImageOf', () => {
  it('show the evidence summary when the page grades findings, else the description', () => {
    expect(ogImageInput('Site', section([{ level: 'animal' }])).summary).toMatch(
      /^Best evidence for the one graded finding/,
    );
    expect(ogImageInput('Site', section([]))).toEqual({
      siteName: 'Site',
      title: 'Potential uses of Semax, graded by evidence',
      summary: 'Each proposed use of Semax graded by the strength of its evidence.',
      reviewed: '25 November 2026',
    });
  });

  it('declare the path, the size and an alt text that says what the image says', () => {
    expect(ogImageOf('Semax Evidence Guide', section([]))).toEqual({
      path: '/og/uses.png',
      width: 1200,
      height: 630,
      alt: 'Semax Evidence Guide: Potential uses of Semax, graded by evidence. Each proposed use of Semax graded by the strength of its evidence. Last reviewed 25 November 2026.',
    });
  });
});

describe('renderOgImage', () => {
  it('draws a 1200x630 PNG from the repository fonts, under 100 KB', async () => {
    const started = performance.now();
    const png = Buffer.from(
      await renderOgImage({
        siteName: 'Semax Evidence Guide',
        // The longest title the schema allows (90 characters) must still render.
        title: 'A very long section title that goes on and on to reach the ninety characters that we allow',
        summary:
          'Best evidence for the 4 graded findings: small human trials (1), animal studies only (2), cell studies only (1)',
        reviewed: '25 November 2026',
      }),
    );
    const elapsed = performance.now() - started;
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual(OG_IMAGE_SIZE);
    expect(png.length).toBeLessThan(100_000);
    expect(elapsed).toBeLessThan(5_000);
  });
});

describe('the image of a page that is not a section', () => {
  const page = {
    path: '/evidence/level/animal/',
    title: 'Semax evidence explorer: animal studies',
    description: 'The claims whose strongest source is an animal study.',
  };

  it('is served at /og/pages/ under a name made from its path', () => {
    expect(pageOgImagePath('/evidence/level/animal/')).toBe('/og/pages/evidence-level-animal.png');
    expect(pageOgImagePath('/glossary/')).toBe('/og/pages/glossary.png');
  });

  it('shows its title and description and the review date, and says so in its alt text', () => {
    const ref = ogPageImageOf('Semax Evidence Guide', page, new Date('2026-12-03'));
    expect(ref).toMatchObject({ path: '/og/pages/evidence-level-animal.png', width: 1200, height: 630 });
    expect(ref.alt).toBe(
      'Semax Evidence Guide: Semax evidence explorer: animal studies. The claims whose strongest source is an animal study. Last reviewed 3 December 2026.',
    );
  });
});
