/**
 * Link gate: every internal link, asset and #fragment of a built site resolves, and every external
 * link is a well-formed https URL. External links are not fetched (our machines have no network, and a
 * remote site being down must not fail our build).
 *
 *   node scripts/check-links.mjs [folder=dist] [--site https://semax.example.org]
 *
 * linkinator does the crawling and the fragment checks; we serve the folder ourselves on 127.0.0.1
 * (scripts/lib/static-server.mjs) because linkinator's own server listens on every interface. It checks
 * every HTML file of the folder and every <loc> of the sitemap, so a page no link reaches is checked
 * too. Absolute links to the site's own origin (canonical, sitemap) are checked against the
 * local copy. Exits 1 on any problem.
 */
import { existsSync, readFileSync } from 'node:fs';
import { LinkChecker } from 'linkinator';
import { sitemapPaths } from './lib/sitemap.mjs';
import { listFiles, serveFolder } from './lib/static-server.mjs';

/** The site's public origin: --site, else SITE_URL as src/site.ts reads it. */
async function siteOrigin(argv) {
  const flag = argv.indexOf('--site');
  if (flag !== -1) return new URL(argv[flag + 1]).origin;
  const { SITE_URL } = await import('../src/site.ts');
  return new URL(SITE_URL).origin;
}

/** URL paths of the HTML files in `folder`: "uses/index.html" -> "/uses/", "404.html" -> "/404.html". */
export async function pagePaths(folder) {
  return (await listFiles(folder))
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`);
}

/** http:// addresses that the bibliography (content/references.json) gives as a record's URL. */
const PUBLISHED_HTTP_SOURCES = new Set(
  existsSync('content/references.json')
    ? JSON.parse(readFileSync('content/references.json', 'utf8'))
        .map((record) => record.URL)
        .filter((url) => typeof url === 'string' && url.startsWith('http://'))
    : [],
);

/**
 * Why an external link is not a well-formed https URL, or null when it is. A `mailto:` link (the
 * address for reporting an error, CONTACT_EMAIL) passes when it holds exactly one plain address.
 */
export function externalLinkProblem(href) {
  let url;
  try {
    url = new URL(href);
  } catch {
    return 'is not a URL';
  }
  if (url.protocol === 'mailto:') {
    return /^[^\s@<>,;"]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(decodeURIComponent(url.pathname)) && !url.search
      ? null
      : 'is not one plain mail address';
  }
  if (url.protocol !== 'https:') return `uses ${url.protocol.replace(/:$/, '')}, not https`;
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname)) return `has an invalid host name "${url.hostname}"`;
  if (url.username || url.password) return 'contains credentials';
  return null;
}

/**
 * Checks the folder; returns { pages, checked, problems: [{ url, parent, reason }] }.
 * @param {string} folder
 * @param {string} site the public origin, e.g. "https://semax.example.org"
 */
export async function checkLinks(folder, site) {
  const server = await serveFolder(folder);
  try {
    const files = await pagePaths(folder);
    const starts = [...new Set([...files, ...sitemapPaths(folder, site)])];
    const options = {
      checkFragments: true,
      checkCss: true,
      concurrency: 8,
      timeout: 10_000,
      // The site is built with trailing slashes; a link that needs a redirect points at the wrong URL.
      redirects: 'error',
      urlRewriteExpressions: [
        {
          pattern: new RegExp(`^${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
          replacement: server.origin,
        },
      ],
      // Everything not on our server is external: recorded, never fetched.
      linksToSkip: async (link) => !link.startsWith(`${server.origin}/`),
    };
    // One run per page, without recursion, rather than one recursive crawl: a crawl fetches each page
    // once, and checks a "#fragment" only if the link to it was seen before the page was fetched, so
    // /a/#missing linked from a page crawled after /a/ went unchecked (linkinator 7.6.1). A run per
    // page sees every link of that page and validates its fragments.
    const links = [];
    for (const start of starts) {
      const href = new URL(start, server.origin).href;
      const result = await new LinkChecker().check({ ...options, path: href });
      // linkinator gives no parent for a same-page #fragment: it is the page itself. A start page that
      // is no file of the folder came from the sitemap.
      const source = files.includes(start) ? undefined : `${server.origin}/sitemap-index.xml`;
      links.push(
        ...result.links.map((link) => ({
          ...link,
          parent: link.parent ?? (link.url === href ? source : href),
        })),
      );
    }
    const local = (url) => (url ?? '').replace(server.origin, '');
    const problems = [];
    for (const link of links) {
      if (link.state === 'BROKEN') {
        const details = (link.failureDetails ?? [])
          .map((detail) => detail?.message ?? detail?.status)
          .filter(Boolean);
        problems.push({
          url: local(link.url),
          parent: local(link.parent),
          reason: details.length > 0 ? details.join('; ') : `status ${link.status}`,
        });
      } else if (link.state === 'SKIPPED' && !link.url.startsWith(`${server.origin}/`)) {
        // linkinator also reads <meta content> values; an Open Graph title such as "Semax: what the
        // research shows" parses as a URL with the scheme "semax". No link can contain raw spaces.
        if (/\s/.test(link.url)) continue;
        // A few verified bibliography records were published at http:// addresses only. We show them
        // as the record gives them rather than rewrite a verified reference; every other link is https.
        if (PUBLISHED_HTTP_SOURCES.has(link.url)) continue;
        const reason = externalLinkProblem(link.url);
        if (reason)
          problems.push({ url: link.url, parent: local(link.parent), reason: `external link ${reason}` });
      }
    }
    // A link shared by several pages (e.g. in the header) is reported once, not once per page.
    const unique = [
      ...new Map(problems.map((problem) => [`${problem.url} ${problem.reason}`, problem])).values(),
    ];
    return { pages: starts.length, checked: links.length, problems: unique };
  } finally {
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  const folder = argv.find((arg, i) => !arg.startsWith('--') && argv[i - 1] !== '--site') ?? 'dist';
  const { pages, checked, problems } = await checkLinks(folder, await siteOrigin(argv));
  for (const problem of problems) {
    const from = problem.parent ? ` (linked from ${problem.parent})` : '';
    console.error(`✗ ${problem.url}${from}: ${problem.reason}`);
  }
  console.log(
    `Links: ${checked} checked from ${pages} start pages in ${folder}, ${problems.length} problem(s).`,
  );
  if (problems.length > 0) process.exit(1);
}
