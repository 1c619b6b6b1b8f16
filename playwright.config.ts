import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './scripts/lib/chromium.mjs';

/** The browser, found as every script finds it (scripts/lib/chromium.mjs). */
const executablePath = chromiumPath();

/**
 * The tests' own port, not `npm run preview`'s 4321: outside CI Playwright reuses a server already
 * listening on its port, and a preview left running on 4321 may serve an older build.
 */
const port = Number(process.env.E2E_PORT ?? 4399);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  // The suite runs on 2-core machines that other builds share. Under that load a page load plus a few
  // assertions was measured at 10-20 s; 60 s per test (axe tests set their own, longer budget) and
  // 15 s per expect() leave room without hiding a hang. A real failure fails at any speed.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath,
      // Our machines have no network: stop Chromium from trying to reach Google's services.
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // Serves the production build (npm test runs `astro build` first).
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    // In CI always a fresh server on a fresh build; locally a server you started on E2E_PORT is reused.
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
