/**
 * The build is the gate: an Astro integration that checks the built pages at the end of
 * `astro build` and fails it, so that a host deploying with `npm run build` never publishes them.
 * Hosts run only the build; `npm test`'s later gates (vnu, linkinator, e2e) never run there.
 *
 * What it checks (src/integrations/checks/, one file per kind), each problem naming the source file
 * and, where the text can be found in it, the line:
 * - internal links and #fragments, citation markers and back-links included (links.ts);
 * - duplicate ids, headings with the same text, anchors of tests/anchors.json gone (ids.ts);
 * - markup the Content-Security-Policy of dist/_headers would block (csp.ts);
 * - pages too large for the performance budgets (size.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkCsp } from './checks/csp';
import { checkIds, checkListedAnchors } from './checks/ids';
import { checkLinks } from './checks/links';
import { clearSourceCache, formatProblem, readBuiltSite, type Problem } from './checks/site';
import { checkSize, DEFAULT_LIMITS, type SizeLimits } from './checks/size';

export interface BuildGateOptions {
  /** The site's public origin (SITE_URL). */
  origin: string;
  /** The project folder: sources, public/_headers and tests/anchors.json are read from it. */
  root?: string;
  headersFile?: string;
  anchorsFile?: string;
  limits?: SizeLimits;
}

/** The Content-Security-Policy that public/_headers sets for every path ("/*"). */
export function policyOf(headersFile: string): string {
  const text = readFileSync(headersFile, 'utf8');
  const match = /^\/\*\s*$[\s\S]*?^\s+Content-Security-Policy:\s*(.+)$/m.exec(text);
  if (!match) throw new Error(`${headersFile}: no Content-Security-Policy for /*`);
  return match[1]!.trim();
}

/** Every problem of the build folder `dir`. */
export function checkBuild(dir: string, options: BuildGateOptions): Problem[] {
  const root = options.root ?? '.';
  // The policy hosts will send: dist/_headers (public/_headers plus the inline style and script hashes that
  // src/integrations/inline-hashes.ts adds), or the template where a build folder has none.
  const headersFile =
    options.headersFile ?? (existsSync(`${dir}/_headers`) ? `${dir}/_headers` : `${root}/public/_headers`);
  const anchorsFile = options.anchorsFile ?? `${root}/tests/anchors.json`;
  clearSourceCache();
  const site = readBuiltSite(dir, root);
  const anchors = existsSync(anchorsFile) ? JSON.parse(readFileSync(anchorsFile, 'utf8')) : {};
  return [
    ...checkLinks(site, options.origin),
    ...checkIds(site),
    ...checkListedAnchors(site, anchors, 'tests/anchors.json'),
    ...checkCsp(site, policyOf(headersFile), options.origin),
    ...checkSize(site, options.limits ?? DEFAULT_LIMITS),
  ];
}

export default function buildGate(options: BuildGateOptions): AstroIntegration {
  return {
    name: 'build-gate',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const problems = checkBuild(fileURLToPath(dir), options);
        if (problems.length) {
          for (const problem of problems) logger.error(formatProblem(problem));
          throw new Error(
            `The build gate found ${problems.length} problem(s) in the built site (listed above); nothing is deployable until they are fixed.`,
          );
        }
        logger.info(
          `links, ids, anchors, CSP and page sizes checked in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
