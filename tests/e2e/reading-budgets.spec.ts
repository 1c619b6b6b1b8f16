/**
 * Budgets of the reading enhancements: all scripts together at most 3 KB gzip, no third-party
 * request.
 * Helpers shared with the other reading-*.spec.ts files are in reading.ts.
 */
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { SECTION_PAGES } from './helpers';
import { OTHER_PAGES } from './reading';

test.describe('budgets', () => {
  test('all enhancement scripts together are at most 3 KB gzip, with no third-party request', async ({
    page,
    request,
    baseURL,
  }) => {
    const scripts = new Set<string>();
    const foreign: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(baseURL!)) foreign.push(req.url());
    });
    for (const path of [...SECTION_PAGES, ...OTHER_PAGES]) {
      await page.goto(path);
      for (const src of await page
        .locator('script[src]')
        .evaluateAll((els) => els.map((s) => (s as HTMLScriptElement).src))) {
        scripts.add(src);
      }
      // A strict CSP allows no inline script.
      // JSON-LD is data, not a script the browser runs, so the CSP does not apply to it.
      await expect(page.locator('script:not([src]):not([type="application/ld+json"])')).toHaveCount(0);
    }
    let total = 0;
    for (const src of scripts) total += gzipSync(await (await request.get(src)).body(), { level: 9 }).length;
    test
      .info()
      .annotations.push({ type: 'js-gzip-bytes', description: `${total} bytes in ${scripts.size} files` });
    expect(scripts.size).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(3 * 1024);
    expect(foreign).toEqual([]);
  });
});
