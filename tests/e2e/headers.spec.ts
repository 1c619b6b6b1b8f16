/**
 * The HTTP headers of dist/_headers (public/_headers plus the hash of the inline stylesheet), served
 * as a CDN would serve them (scripts/lib/static-server.mjs with headersFile):
 * every page loads under that exact Content-Security-Policy without a single violation, and the
 * security and caching headers reach the responses they are meant for.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { SITEMAP_PATHS } from './sitemap';
import { headersFor, readHeaderRules, serveFolder } from '../../scripts/lib/static-server.mjs';

const PAGES = [...SITEMAP_PATHS, '/no-such-page/'];

let server: Awaited<ReturnType<typeof serveFolder>>;
test.beforeAll(async () => {
  server = await serveFolder('dist', { headersFile: 'dist/_headers' });
});
test.afterAll(async () => {
  await server?.close();
});

/** The policy that a _headers file sets for every path (default: the built one hosts send). */
async function policyInFile(file = 'dist/_headers'): Promise<string> {
  const rules = await readHeaderRules(file);
  const policy = rules.find((rule) => rule.for === '/*')?.values['Content-Security-Policy'];
  expect(policy, `${file} sets a CSP for /*`).toBeTruthy();
  return policy!;
}

/**
 * The sha256 sources of the inline blocks of every built page, computed here from the text between
 * the tags (the text the browser hashes), not by the build's own code: <style> blocks, and the
 * inline module script (JSON-LD is data and is not hashed).
 */
function inlineHashes(pattern: RegExp): string[] {
  const hashes = new Set<string>();
  // In path order, as the build lists them (src/integrations/checks/site.ts, readBuiltSite).
  for (const file of readdirSync('dist', { recursive: true, encoding: 'utf8' }).sort()) {
    if (!file.endsWith('.html')) continue;
    for (const [, text] of readFileSync(`dist/${file}`, 'utf8').matchAll(pattern))
      hashes.add(`'sha256-${createHash('sha256').update(text!).digest('base64')}'`);
  }
  return [...hashes];
}
const inlineStyleHashes = () => inlineHashes(/<style>([\s\S]*?)<\/style>/g);
const inlineScriptHashes = () => inlineHashes(/<script type="module">([\s\S]*?)<\/script>/g);

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

test('dist/_headers is public/_headers with only the inline style and script hashes added, and it parses', async () => {
  const styles = inlineStyleHashes();
  const scripts = inlineScriptHashes();
  // Each page inlines the CSS of its own components (astro.config.mjs): a few distinct stylesheets.
  expect(styles.length).toBeGreaterThan(0);
  // One script for every page (BaseLayout), inline.
  expect(scripts).toHaveLength(1);
  const template = readFileSync('public/_headers', 'utf8');
  const built = readFileSync('dist/_headers', 'utf8');
  expect(built).toBe(
    template
      .replace("style-src 'self';", `style-src 'self' ${styles.join(' ')};`)
      .replace(
        "script-src 'self' 'wasm-unsafe-eval';",
        `script-src 'self' 'wasm-unsafe-eval' ${scripts.join(' ')};`,
      ),
  );
  expect(built).not.toBe(template);
  await policyInFile('public/_headers');
  await policyInFile();
});

test('the policy forbids framing, inline styles and untrusted HTML sinks', async () => {
  const policy = await policyInFile();
  const directives = policy.split(';').map((directive) => directive.trim());
  expect(directives).toContain("frame-ancestors 'none'");
  expect(directives).toContain(`style-src 'self' ${inlineStyleHashes().join(' ')}`);
  expect(directives).toContain(`script-src 'self' 'wasm-unsafe-eval' ${inlineScriptHashes().join(' ')}`);
  expect(policy).not.toContain("'unsafe-inline'");
  expect(directives).toContain("require-trusted-types-for 'script'");
  expect(directives).toContain('trusted-types default');
});

/**
 * Another origin on this machine (a second port of 127.0.0.1) whose page frames /uses/. A local
 * origin, because Chromium blocks a public page from framing a local address whatever the headers say.
 */
async function framingPage(): Promise<{ url: string; close: () => Promise<void> }> {
  const framer = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><title>framer</title><iframe src="${server.origin}/uses/"></iframe>`);
  });
  await new Promise<void>((done) => framer.listen(0, '127.0.0.1', done));
  const { port } = framer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((done) => framer.close(() => done())),
  };
}

test('no other site can show a page in a frame (frame-ancestors, X-Frame-Options)', async ({ page }) => {
  const framer = await framingPage();
  try {
    await page.goto(framer.url);
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame())!;
    await expect.poll(() => frame.url()).toMatch(/^chrome-error:/);
    await expect(frame.locator('.disclaimer-banner')).toHaveCount(0);
  } finally {
    await framer.close();
  }
});

test('the framing test can fail: without the two headers the framed page renders', async ({ page }) => {
  await page.route(`${server.origin}/uses/`, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['x-frame-options'];
    delete headers['content-security-policy'];
    await route.fulfill({ response, headers });
  });
  const framer = await framingPage();
  try {
    await page.goto(framer.url);
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame())!;
    await expect(frame.locator('.disclaimer-banner')).toHaveCount(1);
  } finally {
    await framer.close();
  }
});

test('Trusted Types hold in Chromium: an HTML string is refused, our policy passes only /pagefind/', async ({
  page,
}) => {
  await page.goto(`${server.origin}/`);
  const outcome = await page.evaluate(() => {
    const tryIt = (run: () => void) => {
      try {
        run();
        return 'allowed';
      } catch (error) {
        return (error as Error).name;
      }
    };
    return {
      html: tryIt(() => {
        document.body.insertAdjacentHTML('beforeend', '<b>x</b>');
      }),
      worker: tryIt(() => new Worker('data:text/javascript,1')),
    };
  });
  expect(outcome).toEqual({ html: 'TypeError', worker: 'TypeError' });
});

test("the page's own inline script runs under the policy, and an inline script it does not list is blocked", async ({
  page,
}) => {
  const violations = await watchViolations(page);
  // The real response, headers and all, with one more inline script added before </body>.
  await page.route(`${server.origin}/uses/`, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(
      '</body>',
      '<script type="module">window.injected = 1</script></body>',
    );
    await route.fulfill({ response, body });
  });
  await page.goto(`${server.origin}/uses/`);
  // The site's script ran: the header's /search/ link became a search field.
  await expect(page.getByRole('searchbox', { name: 'Search the guide' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { injected?: number }).injected)).toBeUndefined();
  await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src/));
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
  await page.goto(`${server.origin}/`);
  const field = page.getByRole('searchbox', { name: 'Search the guide' });
  await field.click();
  await field.fill('BDNF');
  await expect(page.getByRole('region', { name: 'Search results' }).getByRole('link').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});

for (const path of PAGES) {
  test(`${path} loads under the exact CSP of dist/_headers without a violation`, async ({ page }) => {
    const violations = await watchViolations(page);
    const response = await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(path === '/no-such-page/' ? 404 : 200);
    const headers = response!.headers();
    expect(headers['content-security-policy']).toBe(await policyInFile());
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['cache-control'] ?? '').not.toContain('immutable');
    expect(headers['strict-transport-security']).toBe('max-age=31536000');
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(await violations()).toEqual([]);
    // The page really got its styles (a blocked stylesheet would leave the banner static).
    await expect(page.locator('.disclaimer-banner')).toHaveCSS('position', 'sticky');
  });
}

test('the violation watcher catches an inline script (so the test above can fail)', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto(`${server.origin}/`);
  await page.evaluate(() => {
    const script = document.createElement('script');
    // Trusted Types refuse the string itself (a violation too); either way the code must not run.
    try {
      script.textContent = 'document.title = "ran"';
    } catch {
      script.append(document.createTextNode('document.title = "ran"'));
    }
    document.head.append(script);
  });
  await expect.poll(violations).not.toEqual([]);
  expect(await page.title()).not.toBe('ran');
});

test('only the site stylesheet runs inline: any other <style> block is blocked', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto(`${server.origin}/`);
  const before = await page.locator('body').evaluate((body) => getComputedStyle(body).outlineStyle);
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { outline: 9px dotted red }';
    document.head.append(style);
  });
  await expect.poll(violations).toContainEqual(expect.stringMatching(/^style-src/));
  expect(await page.locator('body').evaluate((body) => getComputedStyle(body).outlineStyle)).toBe(before);
});

test('pages need no asset file; hashed assets in /_astro/ would be cached for a year, immutable', async () => {
  // Stylesheet and script are inline (issue 16), so the build writes no /_astro/ file at all.
  expect(existsSync('dist/_astro') ? readdirSync('dist/_astro') : []).toEqual([]);
  // The rule stays for any asset a later page may import (an image, say), as the host would apply it.
  const headers = headersFor(await readHeaderRules('dist/_headers'), '/_astro/photo.Ab12Cd34.webp');
  expect(headers['Cache-Control']).toBe('public, max-age=31536000, immutable');
  expect(headers['X-Content-Type-Options']).toBe('nosniff');
});
