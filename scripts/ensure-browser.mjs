// Makes sure a Chromium exists for Playwright before the e2e tests run.
// Order (scripts/lib/chromium.mjs): $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own download.
// Where none is found and we are root with apt-get (these machines, CI), install Debian's chromium;
// anywhere else, stop with one sentence that says what to install.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumExecutable } from './lib/chromium.mjs';

const found = () => chromiumExecutable() !== undefined;

if (!found()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log("No Chromium found: installing Debian's chromium package with apt-get.");
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
      shell: '/bin/bash',
    });
  }
  if (!found()) {
    console.error(
      'No Chromium found: install one (Debian: "apt-get install chromium", or "npx playwright install chromium") or set CHROMIUM_PATH to its executable.',
    );
    process.exit(1);
  }
}
