/**
 * Section page furniture on the built site: the h1, review date and reading time, previous/next
 * links in reading order, and the measure and line height of running text.
 * Helpers shared with the other reading-*.spec.ts files are in reading.ts.
 */
import { expect, test } from '@playwright/test';
import { SECTION_PAGES } from './helpers';
import { pageWithHeadings } from './reading';

test.describe('section page furniture', () => {
  for (const path of SECTION_PAGES) {
    test(`${path} shows its h1, last-reviewed date and reading time`, async ({ page }) => {
      await page.goto(path);
      const head = page.locator('.page-head');
      await expect(head.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(head.getByText(/Last reviewed/).locator('time')).toHaveAttribute(
        'datetime',
        /^\d{4}-\d{2}-\d{2}$/,
      );
      await expect(head).toContainText(/Last reviewed \d{1,2} [A-Z][a-z]+ \d{4}/);
      await expect(head).toContainText(/\b\d+\s+min read/);
    });
  }

  test('previous/next links follow the reading order', async ({ page }) => {
    for (const [i, path] of SECTION_PAGES.entries()) {
      await page.goto(path);
      const pager = page.getByRole('navigation', { name: 'Previous and next sections' });
      const previous = pager.getByRole('link', { name: /^Previous\b/ });
      const next = pager.getByRole('link', { name: /^Next\b/ });
      if (i === 0) await expect(previous).toHaveCount(0);
      else await expect(previous).toHaveAttribute('href', SECTION_PAGES[i - 1]!);
      if (i === SECTION_PAGES.length - 1) await expect(next).toHaveCount(0);
      else await expect(next).toHaveAttribute('href', SECTION_PAGES[i + 1]!);
    }
  });

  test('running text has a 60-75 character measure and generous line height on a wide screen', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const { path } = await pageWithHeadings(page, 1);
    await page.goto(path);
    const lines = await page.locator('.page-body p').evaluateAll((paragraphs) => {
      // Characters on each full line (all but the last) of paragraphs of 3+ lines, counting the
      // visible characters of every text node (links and terms included; hidden definitions have
      // no boxes and do not count).
      const counts: number[] = [];
      for (const p of paragraphs) {
        // A character whose box starts below the previous one's box starts a new line (a raised
        // citation mark stays on its line).
        const perLine: number[] = [];
        let lineBottom = -Infinity;
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
          for (let i = 0; i < text.length; i++) {
            const range = document.createRange();
            range.setStart(text, i);
            range.setEnd(text, i + 1);
            const rect = range.getClientRects()[0];
            if (!rect) continue;
            if (rect.top >= lineBottom) {
              perLine.push(0);
              lineBottom = rect.bottom;
            }
            lineBottom = Math.max(lineBottom, rect.bottom);
            perLine[perLine.length - 1]!++;
          }
        }
        const full = perLine.slice(0, -1);
        if (full.length >= 2) counts.push(...full);
      }
      return counts;
    });
    expect(lines.length, 'found paragraphs of three or more lines').toBeGreaterThan(3);
    const average = lines.reduce((a, b) => a + b, 0) / lines.length;
    expect(average).toBeGreaterThanOrEqual(60);
    expect(average).toBeLessThanOrEqual(75);
    const leading = await page
      .locator('.page-body p')
      .first()
      .evaluate((p) => parseFloat(getComputedStyle(p).lineHeight) / parseFloat(getComputedStyle(p).fontSize));
    expect(leading).toBeGreaterThanOrEqual(1.5);
  });
});
