/**
 * The one Chromium lookup of scripts/ and tests/ (playwright.config.ts, the browser check, the
 * benchmark, the first-sentence measure): $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else
 * the browser of `npx playwright install` (browsers cannot be downloaded on our machines).
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium to launch, or undefined to let Playwright use its own download.
 * @returns {string | undefined}
 */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH ?? (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);
}

/**
 * The Chromium executable as a path (for tools that need one: Lighthouse, `--version`), or
 * undefined when none exists.
 * @returns {string | undefined}
 */
export function chromiumExecutable() {
  const path = chromiumPath() ?? safely(() => chromium.executablePath());
  return path && existsSync(path) ? path : undefined;
}

function safely(get) {
  try {
    return get();
  } catch {
    return undefined;
  }
}
