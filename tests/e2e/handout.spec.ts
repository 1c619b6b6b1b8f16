/**
 * The clinician handout prints to one or two pages on A4 and on Letter, and the printed text carries
 * the disclaimer, the review date and the page's address. The PDF is made by Chromium (page.pdf) and
 * read back with pdf.js, so the test checks the real printout, not the screen.
 */
import { expect, test } from '@playwright/test';
import { DISCLAIMER_BANNER } from '../../src/site';
import { pdfPages } from './pdf';

// Spelled out here rather than with Intl, so that the oracle does not share src/lib/dates.ts's code.
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

for (const format of ['A4', 'Letter'] as const) {
  test(`the handout prints on one or two ${format} pages with the disclaimer and the review date`, async ({
    page,
  }) => {
    await page.goto('/handout/');
    const time = page.locator('.handout-meta time');
    const reviewed = await time.getAttribute('datetime');
    expect(reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Written out as the sections write it ("25 November 2026"), not as the ISO day.
    const [year, month, day] = reviewed!.split('-').map(Number) as [number, number, number];
    const written = `${day} ${MONTHS[month - 1]} ${year}`;
    await expect(time).toHaveText(written);
    await page.emulateMedia({ media: 'print' });
    const sheets = await pdfPages(await page.pdf({ format, printBackground: false }));
    const pages = sheets.length;
    const text = sheets.join(' ');
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    expect(text).toContain(DISCLAIMER_BANNER.text);
    expect(text).toContain(`Last reviewed ${written}`);
    expect(text).toContain('/handout/');
    expect(text).toMatch(/Evidence at a glance|evidence at a glance/i);
  });
}
