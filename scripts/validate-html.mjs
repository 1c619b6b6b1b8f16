/**
 * HTML validity gate: the W3C Nu HTML Checker (vnu-jar, run on the system Java 17+) over every HTML
 * page, stylesheet and SVG of a built site. Zero errors, or exit 1.
 *
 *   node scripts/validate-html.mjs [folder=dist]
 *
 * vnu's messages come in two kinds, counted apart:
 * - HTML errors (markup, attributes, ARIA): every one fails the gate.
 * - CSS-checker errors (messages starting "CSS:", from <style>, style="" and .css files): these fail
 *   the gate too, except the few in KNOWN_CSS_CHECKER_GAPS below. vnu's CSS checker is older than
 *   some CSS that all current browsers support and reports it as errors. A checked version (26.9.27)
 *   accepts custom properties, nesting, @layer, light-dark(), :has() and logical properties, so we
 *   keep the CSS check on and filter only named gaps; a typo such as "colr: red" still fails. The
 *   filtered messages are counted and printed so nobody mistakes them for a clean bill.
 * Warnings are printed but do not fail (the gate is "zero errors").
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { listFiles } from './lib/static-server.mjs';

const VNU_JAR = join(
  createRequire(import.meta.url).resolve('vnu-jar/package.json'),
  '..',
  'build/dist/vnu.jar',
);

/**
 * CSS-checker messages about CSS that vnu 26.9 does not know yet but Baseline browsers support.
 * Each is matched against the whole message; add one only with the feature and its Baseline year.
 */
export const KNOWN_CSS_CHECKER_GAPS = [
  // Container queries (@container, container-type, container-name): Baseline 2023. (vnu also rejects
  // cq* units, but only with "Unknown dimension", which a typo such as "10pz" gives too: not filtered.)
  /^CSS: Unrecognized at-rule “@container”/,
  /^CSS: “container(-type|-name)?”: Property “container(-type|-name)?” doesn't exist/,
  // @property (registered custom properties): Baseline 2024.
  /^CSS: Unrecognized at-rule “@property”/,
  // @starting-style (entry transitions): Baseline 2024.
  /^CSS: Unrecognized at-rule “@starting-style”/,
  // transition-behavior: allow-discrete (in the transition shorthand): Baseline 2024.
  /^CSS: “transition”: Too many values or values are not recognized/,
  // CSS anchor positioning (glossary definitions next to their term). Not Baseline yet: we use it
  // only inside @supports, as an enhancement over a fixed card that works everywhere.
  /^CSS: “(position-area|anchor-name|anchor-scope|position-anchor|position-try-fallbacks)”: Property “[a-z-]+” doesn't exist/,
  /^CSS: Unrecognized at-rule “@position-try”/,
];

/** Folders of third-party files we ship but do not write (e.g. Pagefind's bundle): not ours to fix. */
const VENDOR_FOLDERS = ['pagefind/'];

/**
 * Runs vnu over the HTML, CSS and SVG files of `folder`.
 * Resolves to { files, htmlErrors, cssErrors, cssIgnored, warnings }, each a list of vnu messages
 * with `file` relative to the folder.
 * @param {string} folder
 */
export async function validateFolder(folder) {
  const files = (await listFiles(folder)).filter(
    (file) => /\.(html|css|svg)$/.test(file) && !VENDOR_FOLDERS.some((vendor) => file.startsWith(vendor)),
  );
  if (files.length === 0) throw new Error(`no HTML, CSS or SVG files in ${folder}: build the site first`);
  const java = process.env.JAVA ?? 'java';
  const args = [
    '-jar',
    VNU_JAR,
    '--format',
    'json',
    '--exit-zero-always',
    '--also-check-css',
    '--also-check-svg',
  ];
  let stderr;
  try {
    // vnu writes its JSON report to stderr.
    ({ stderr } = await promisify(execFile)(java, [...args, ...files.map((file) => join(folder, file))], {
      maxBuffer: 64 * 1024 * 1024,
    }));
  } catch (error) {
    if (error.code === 'ENOENT') {
      throw new Error(
        'Java 17 or newer is needed for the Nu HTML Checker (Debian: apt-get install default-jre-headless)',
      );
    }
    throw error;
  }
  const { messages } = JSON.parse(stderr);
  const result = { files: files.length, htmlErrors: [], cssErrors: [], cssIgnored: [], warnings: [] };
  for (const message of messages) {
    message.file = message.url?.startsWith('file:') ? relative(folder, fileURLToPath(message.url)) : folder;
    const isError = message.type === 'error' || message.type === 'non-document-error';
    if (!isError) {
      if (message.subType === 'warning') result.warnings.push(message);
      continue;
    }
    if (!message.message.startsWith('CSS:')) result.htmlErrors.push(message);
    else if (KNOWN_CSS_CHECKER_GAPS.some((gap) => gap.test(message.message))) result.cssIgnored.push(message);
    else result.cssErrors.push(message);
  }
  return result;
}

function format(message) {
  const where = message.lastLine ? `:${message.lastLine}:${message.firstColumn ?? message.lastColumn}` : '';
  return `${message.file}${where} ${message.message}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const folder = process.argv[2] ?? 'dist';
  if (!existsSync(folder)) {
    console.error(`${folder} does not exist: build the site first (npm run build)`);
    process.exit(1);
  }
  const result = await validateFolder(folder);
  for (const message of result.htmlErrors) console.error(`✗ HTML ${format(message)}`);
  for (const message of result.cssErrors) console.error(`✗ CSS ${format(message)}`);
  for (const message of result.cssIgnored)
    console.warn(`  known CSS-checker gap (ignored): ${format(message)}`);
  for (const message of result.warnings) console.warn(`  warning: ${format(message)}`);
  console.log(
    `Nu HTML Checker: ${result.files} file(s) in ${folder}: ${result.htmlErrors.length} HTML error(s), ` +
      `${result.cssErrors.length} CSS error(s), ${result.cssIgnored.length} CSS-checker gap(s) ignored, ` +
      `${result.warnings.length} warning(s).`,
  );
  if (result.htmlErrors.length + result.cssErrors.length > 0) process.exit(1);
}
