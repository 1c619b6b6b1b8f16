/**
 * Budgets of the reading enhancements: one inline module a page, all of them together at most
 * 3 KB gzip, no request for a script file, no third-party request.
 * Helpers shared with the other reading-*.spec.ts files are in reading.ts.
 */
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { SECTION_PAGES } from './helpers';
import { OTHER_PAGES } from './reading';

test.describe('budgets', () => {
  test('one script a page, inline, at most 3 KB gzip for all of them, with no third-party request', async ({
    page,
    baseURL,
  }) => {
    const scripts = new Set<string>();
    const unwanted: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(baseURL!)) unwanted.push(req.url());
      // Every enhancement is in the page itself (issue 16): no request for a script file.
      if (req.resourceType() === 'script') unwanted.push(`script file ${req.url()}`);
    });
    for (const path of [...SECTION_PAGES, ...OTHER_PAGES]) {
      await page.goto(path);
      // JSON-LD is data, not a script the browser runs.
      const code = await page
        .locator('script:not([type="application/ld+json"])')
        .evaluateAll((els) => els.map((s) => (s as HTMLScriptElement).textContent ?? ''));
      // One deferred module for every page type (BaseLayout), whose hash the CSP lists (headers.spec.ts).
      expect(code, path).toHaveLength(1);
      expect(await page.locator('script[type="module"]:not([src])').count(), path).toBe(1);
      scripts.add(code[0]!);
    }
    let total = 0;
    for (const code of scripts) total += gzipSync(code, { level: 9 }).length;
    test.info().annotations.push({
      type: 'js-gzip-bytes',
      description: `${total} bytes in ${scripts.size} script(s)`,
    });
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(3 * 1024);
    expect(unwanted).toEqual([]);
  });
});
