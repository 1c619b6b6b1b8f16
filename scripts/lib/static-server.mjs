/**
 * Serves a built site folder on 127.0.0.1 the way a static host (CDN) would, for the link checker and
 * the benchmark. sirv does the file serving (a maintained, small static handler); this module adds what
 * a host adds around it:
 * - "/uses" redirects to "/uses/" (the site is built with trailingSlash: 'always'), so a link without
 *   the slash costs a redirect and the link checker can flag it;
 * - only existing files and folders with an index.html are served; any other path gets the site's
 *   404.html with status 404, as GitHub Pages, Netlify and Cloudflare Pages do;
 * - with `compress: true`, text files are served brotli- or gzip-compressed (precompressed at the
 *   highest levels, as hosts do for static files) according to Accept-Encoding;
 * - hashed assets under /_astro/ are cacheable for a year, pages revalidate every time;
 * - or, with `headersFile` (the built _headers), exactly the headers its rules give each path, matched
 *   as Netlify and Cloudflare Pages match them (parsed by Netlify's own @netlify/headers-parser), so
 *   that the e2e tests run under the Content-Security-Policy a host would send.
 * It binds to 127.0.0.1 only: linkinator's own server listens on every interface, which we avoid.
 * The one static server of scripts/ and tests/ (link check, benchmark, first-sentence measure, the
 * headers e2e test).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve as resolvePath } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { parseAllHeaders } from '@netlify/headers-parser';
import sirv from 'sirv';

/** Extensions a host compresses (text); images and fonts are already compressed formats. */
const COMPRESSIBLE = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.svg',
  '.xml',
  '.txt',
  '.webmanifest',
]);

/** Every file under `dir`, as paths relative to it. */
export async function listFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.replace(/\/+$/, '').length + 1))
    .sort();
}

/** Brotli at quality 11 and gzip at level 9: what a host stores for a static file. */
export function compressedSizes(buffer) {
  return {
    raw: buffer.length,
    br: brotliCompressSync(buffer, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length,
    gzip: gzipSync(buffer, { level: 9 }).length,
  };
}

/** Copies `root` to a temporary folder and writes a .br and a .gz beside every compressible file. */
async function precompressedCopy(root) {
  const copy = await mkdtemp(join(tmpdir(), 'semax-serve-'));
  await cp(root, copy, { recursive: true });
  for (const file of await listFiles(copy)) {
    if (!COMPRESSIBLE.has(extname(file))) continue;
    const path = join(copy, file);
    const body = await readFile(path);
    await writeFile(`${path}.br`, brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }));
    await writeFile(`${path}.gz`, gzipSync(body, { level: 9 }));
  }
  return copy;
}

/**
 * Reads and parses a _headers file; throws if the file has a syntax error.
 * @param {string} file
 * @returns {Promise<import('@netlify/headers-parser').Header[]>}
 */
export async function readHeaderRules(file) {
  const { headers, errors } = await parseAllHeaders({
    headersFiles: [file],
    configHeaders: [],
    minimal: false,
  });
  if (errors.length) throw new Error(`${file}: ${errors.map((error) => error.message).join('\n')}`);
  return headers;
}

/**
 * The headers of every rule whose path pattern matches, later rules overriding earlier ones.
 * @param {readonly import('@netlify/headers-parser').Header[]} rules
 * @param {string} pathname
 * @returns {Record<string, string>}
 */
export function headersFor(rules, pathname) {
  return Object.assign(
    {},
    ...rules.filter((rule) => rule.forRegExp.test(pathname)).map((rule) => rule.values),
  );
}

/**
 * Starts the server. Resolves to { origin, close }; `port` 0 (the default) takes a free port, so
 * several checks can run side by side.
 * @param {string} root folder to serve, e.g. "dist"
 * @param {{ port?: number, compress?: boolean, headersFile?: string }} [options] `headersFile`: send
 *   the headers of this _headers file instead of the server's own caching headers
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serveFolder(root, { port = 0, compress = false, headersFile } = {}) {
  if (!existsSync(root)) throw new Error(`${root} does not exist: build the site first (npm run build)`);
  const rules = headersFile ? await readHeaderRules(headersFile) : undefined;
  const folder = resolvePath(compress ? await precompressedCopy(root) : root);
  const notFound = join(folder, '404.html');
  const files = sirv(folder, {
    etag: true,
    brotli: compress,
    gzip: compress,
    setHeaders(res, pathname) {
      if (rules) return;
      res.setHeader(
        'Cache-Control',
        pathname.startsWith('/_astro/')
          ? 'public, max-age=31536000, immutable'
          : 'public, max-age=0, must-revalidate',
      );
    },
  });

  const sendNotFound = (res) => {
    res.statusCode = 404;
    if (existsSync(notFound)) {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      createReadStream(notFound).pipe(res);
    } else {
      res.end('Not found');
    }
  };
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (rules)
      for (const [name, value] of Object.entries(headersFor(rules, pathname))) res.setHeader(name, value);
    const path = join(folder, decodeURIComponent(pathname));
    const isFolder = existsSync(path) && statSync(path).isDirectory();
    if (!pathname.endsWith('/') && isFolder) {
      res.writeHead(301, { Location: `${pathname}/` }).end();
      return;
    }
    // Only an existing file, or a folder's index.html, is served. sirv alone would also answer
    // "/404/" with 404.html and "/uses/index" with uses/index.html, hiding a wrong link.
    const exists = pathname.endsWith('/')
      ? existsSync(join(path, 'index.html'))
      : existsSync(path) && !isFolder;
    if (!exists || !path.startsWith(folder)) {
      sendNotFound(res);
      return;
    }
    files(req, res, () => sendNotFound(res));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return {
    origin,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      if (compress) await rm(folder, { recursive: true, force: true });
    },
  };
}
