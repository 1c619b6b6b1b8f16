/**
 * Heading links and the copy/share button: each h2/h3 links to itself, "Copy link" copies the
 * absolute URL, adding the buttons shifts nothing, and phones use the Web Share API.
 * Helpers shared with the other reading-*.spec.ts files are in reading.ts.
 */
import { expect, test } from '@playwright/test';
import { VIEWPORTS } from './helpers';
import { pageWithHeadings } from './reading';

test.describe('heading links and copy link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('each h2/h3 has a link to itself named "Link to this section: …"', async ({ page }) => {
    const { path, ids } = await pageWithHeadings(page);
    await page.goto(path);
    for (const id of ids) {
      const text = (await page.locator(`[id="${id}"]`).textContent())!.trim();
      const link = page.getByRole('link', { name: `Link to this section: ${text}`, exact: true });
      await expect(link).toHaveAttribute('href', `#${id}`);
      await expect(link.locator('[aria-hidden="true"]')).toHaveCount(1);
    }
  });

  test('"Copy link" copies the absolute URL with the fragment and says "Link copied"', async ({
    page,
    baseURL,
  }) => {
    const { path, ids } = await pageWithHeadings(page);
    // A query string (e.g. from a newsletter) is not part of the shared address.
    await page.goto(`${path}?from=test`);
    const id = ids.at(-1)!;
    const text = (await page.locator(`[id="${id}"]`).textContent())!.trim();
    const button = page.getByRole('button', { name: `Copy link to this section: ${text}`, exact: true });
    await button.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${path}#${id}`);
    await expect(page.getByRole('status')).toHaveText('Link copied');
    await expect(button).toBeFocused();
  });

  test('adding the buttons shifts nothing (CLS 0) at 360 and 1280 px', async ({ page }) => {
    const { path } = await pageWithHeadings(page);
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      await page.goto(path);
      await expect(page.locator('.heading-action').first()).toBeAttached();
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
                total += entry.value;
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(total), 500);
          }),
      );
      expect(shift, `layout shift at ${viewport.width} px`).toBe(0);
    }
  });

  test.describe('on a phone with the Web Share API', () => {
    test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

    test('the button shares the section link through the system share sheet', async ({ page, baseURL }) => {
      await page.addInitScript(() => {
        // Debian's Chromium has no share sheet: record what the page would share.
        Object.defineProperty(navigator, 'share', {
          value: async (data: ShareData) => {
            (window as unknown as { shared: ShareData }).shared = data;
          },
        });
      });
      const { path, ids } = await pageWithHeadings(page);
      await page.goto(path);
      const text = (await page.locator(`[id="${ids[0]}"]`).textContent())!.trim();
      await expect(page.getByRole('button', { name: /^Copy link/ })).toHaveCount(0);
      await page.getByRole('button', { name: `Share link to this section: ${text}`, exact: true }).tap();
      const shared = await page.evaluate(() => (window as unknown as { shared: ShareData }).shared);
      expect(shared.url).toBe(`${baseURL}${path}#${ids[0]}`);
      expect(shared.title).toContain(text);
    });
  });
});
