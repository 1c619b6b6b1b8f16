/**
 * Builds the site search index of dist/ with Pagefind's Node API (the same indexer as the
 * `pagefind --site dist` command) and writes only what the site loads: pagefind.js, its worker, the
 * WebAssembly, the index and fragments. Pagefind's prebuilt UI bundles (pagefind-ui.*,
 * pagefind-modular-ui.*, pagefind-component-ui.*, pagefind-highlight.js, about 430 KB) are left out:
 * src/scripts/search.ts draws the results itself, and a file that is never loaded is still served.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';

const SITE = process.argv[2] ?? 'dist';
const UNUSED = /^pagefind-(?:(?:component-|modular-)?ui\.(?:js|css)|highlight\.js)$/;

const { index, errors: createErrors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
const { page_count, errors: indexErrors } = await index.addDirectory({ path: SITE });
const { files, errors: fileErrors } = await index.getFiles();
const errors = [...indexErrors, ...fileErrors];
if (errors.length) throw new Error(`Pagefind failed:\n${errors.join('\n')}`);

let written = 0;
for (const file of files) {
  if (UNUSED.test(file.path)) continue;
  const target = join(SITE, 'pagefind', file.path);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, file.content);
  written += 1;
}
await pagefind.close();
console.log(`Pagefind: read ${page_count} HTML files, wrote ${written} files to ${join(SITE, 'pagefind')}`);
