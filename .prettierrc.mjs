// @ts-check
/**
 * Prettier settings for the whole repository (`npm run format`, checked by `npm run format:check`).
 * printWidth 110: the code base was written to that width, so formatting changes what is there least.
 * The Astro plugin formats .astro components; .prettierignore lists what Prettier must not touch.
 * @type {import('prettier').Config}
 */
export default {
  printWidth: 110,
  singleQuote: true,
  plugins: ['prettier-plugin-astro'],
  overrides: [{ files: '*.astro', options: { parser: 'astro' } }],
};
