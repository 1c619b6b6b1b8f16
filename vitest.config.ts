/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// getViteConfig gives unit tests the same module resolution as the site (the "@/" alias, astro:*).
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Tests that compile real MDX take well over Vitest's default 5 s on a 2-core machine shared by
    // other builds (seen: tests/unit/sitemap.test.ts timing out at 5 s with nothing wrong). 60 s
    // keeps a hang from stalling the run while letting a slow, correct test pass.
    testTimeout: 60_000,
  },
});
