/**
 * The HTTP headers of public/_headers, served as a CDN would serve them (tests/e2e/staticServer.ts):
 * every page loads under that exact Content-Security-Policy without a single violation, and the
 * security and caching headers reach the responses they are meant for.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { SITEMAP_PATHS } from './sitemap';
import { readHeaderRules, startStaticServer, type StaticServer } from './staticServer';

const PAGES = [...SITEMAP_PATHS, '/no-such-page/'];

let server: StaticServer;
test.beforeAll(async () => {
  server = await startStaticServer('dist');
});
test.afterAll(async () => {
  await server?.close();
});

/** The policy as written in public/_headers for every path. */
async function policyInFile(): Promise<string> {
  const rules = await readHeaderRules('public/_headers');
  const policy = rules.find((rule) => rule.for === '/*')?.values['Content-Security-Policy'];
  expect(policy, 'public/_headers sets a CSP for /*').toBeTruthy();
  return policy!;
}

/**
 * Records every CSP violation the page reports: the securitypolicyviolation events (registered
 * before any page script runs) and Chrome's console messages about the policy.
 */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const messages: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy|Refused to|Permissions-Policy/i.test(text)) messages.push(text);
  });
  page.on('pageerror', (error) => messages.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return async () => {
    const events = await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    );
    return [...events, ...messages];
  };
}

test('dist/_headers is public/_headers unchanged, and it parses', async () => {
  expect(readFileSync('dist/_headers', 'utf8')).toBe(readFileSync('public/_headers', 'utf8'));
  await policyInFile();
});

test('the policy has no unsafe-inline or unsafe-eval for scripts', async () => {
  const policy = await policyInFile();
  const scriptSrc = policy.split(';').find((directive) => directive.trim().startsWith('script-src'));
  expect(scriptSrc).toBeDefined();
  // 'wasm-unsafe-eval' (WebAssembly for Pagefind) is allowed; JavaScript eval and inline scripts are not.
  expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
  expect(policy).toMatch(/default-src 'none'/);
});

test('search works under the exact CSP (Pagefind loads its code and WebAssembly)', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto(`${server.url}/`);
  const field = page.getByRole('searchbox', { name: 'Search the guide' });
  await field.click();
  await field.fill('BDNF');
  await expect(page.getByRole('region', { name: 'Search results' }).getByRole('link').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});

for (const path of PAGES) {
  test(`${path} loads under the exact CSP of public/_headers without a violation`, async ({ page }) => {
    const violations = await watchViolations(page);
    const response = await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(path === '/no-such-page/' ? 404 : 200);
    const headers = response!.headers();
    expect(headers['content-security-policy']).toBe(await policyInFile());
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['cache-control'] ?? '').not.toContain('immutable');
    expect(await violations()).toEqual([]);
    // The page really got its styles (a blocked stylesheet would leave the banner static).
    await expect(page.locator('.disclaimer-banner')).toHaveCSS('position', 'sticky');
  });
}

test('the violation watcher catches an inline script (so the test above can fail)', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto(`${server.url}/`);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.title = "ran"';
    document.head.append(script);
  });
  await expect.poll(violations).not.toEqual([]);
  expect(await page.title()).not.toBe('ran');
});

test('hashed assets in /_astro/ are cached for a year, immutable', async ({ request }) => {
  const assets = readdirSync('dist/_astro');
  expect(assets.length).toBeGreaterThan(0);
  for (const asset of assets) {
    const response = await request.get(`${server.url}/_astro/${asset}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
  }
});
