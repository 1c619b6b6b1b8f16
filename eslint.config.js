// @ts-check
/**
 * ESLint flat config: JavaScript's and typescript-eslint's recommended rules for .js/.mjs/.ts, and
 * eslint-plugin-astro's for .astro components (their frontmatter and <script> tags). `npm run lint`
 * runs it with --max-warnings 0, so a warning fails `npm test` like an error.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    'dist/',
    '.astro/',
    'test-results/',
    'playwright-report/',
    'bench-results/',
    // Planted defects for the gate tests (tests/unit/gates.test.ts): they must keep failing.
    'tests/fixtures/gates/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // Config files, scripts and tests run in Node, not in the browser.
    files: ['*.{js,mjs,ts}', 'scripts/**', 'tests/**'],
    languageOptions: { globals: globals.node },
  },
  {
    rules: {
      // An unused variable is allowed only when its name says so (`_event`), e.g. a required parameter.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
