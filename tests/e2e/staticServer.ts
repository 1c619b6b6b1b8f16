/**
 * A small static file server for the built site that sends the response headers of dist/_headers,
 * matched the way Netlify and Cloudflare Pages match them (parsed with Netlify's own
 * @netlify/headers-parser). `astro preview` cannot send per-path headers, and the CSP test must run
 * under the exact policy a host would send. Our own ~60 lines rather than a server package because
 * the header rules are the point, and they come from that maintained parser.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseAllHeaders, type Header } from '@netlify/headers-parser';

/** Media types of the files an Astro build (and a search index) contains; nosniff needs them right. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** Reads and parses a _headers file; throws if the file has a syntax error. */
export async function readHeaderRules(file: string): Promise<Header[]> {
  const { headers, errors } = await parseAllHeaders({
    headersFiles: [file],
    configHeaders: [],
    minimal: false,
  });
  if (errors.length) throw new Error(`${file}: ${errors.map((error) => error.message).join('\n')}`);
  return headers as Header[];
}

/** The headers of every rule whose path pattern matches, later rules overriding earlier ones. */
export function headersFor(rules: readonly Header[], pathname: string): Record<string, string> {
  return Object.assign(
    {},
    ...rules.filter((rule) => rule.forRegExp.test(pathname)).map((rule) => rule.values),
  );
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** Serves `root` on 127.0.0.1 at a free port, like a CDN: directory indexes, 404.html, _headers. */
export async function startStaticServer(root = 'dist'): Promise<StaticServer> {
  const base = resolve(root);
  const rules = await readHeaderRules(join(base, '_headers'));

  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(base, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    let status = 200;
    if (!file.startsWith(base + sep) || !(await isFile(file))) {
      if (await isFile(join(file, 'index.html'))) {
        // Like the hosts with trailing slashes on: /uses -> /uses/.
        response.writeHead(301, { Location: `${pathname}/` }).end();
        return;
      }
      file = join(base, '404.html');
      status = 404;
    }
    response.writeHead(status, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...headersFor(rules, pathname),
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        server.closeAllConnections();
      }),
  };
}
