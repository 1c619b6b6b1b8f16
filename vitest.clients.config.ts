/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// The real-client tests: third-party readers (Readability, BibTeX and RIS parsers, a schema.org
// validator, Pagefind) run on the built site in dist/, so `npm run build` comes first.
export default getViteConfig({
  test: {
    include: ['tests/clients/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
