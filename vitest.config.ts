/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// getViteConfig gives unit tests the same module resolution as the site (the "@/" alias, astro:*).
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
  },
});
