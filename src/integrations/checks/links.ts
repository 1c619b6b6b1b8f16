/**
 * Every internal link and #fragment of the built site resolves. Our own check, not linkinator's
 * (which `npm run check:links` still runs later): linkinator counts an <a> that has both an id and
 * href="#x" as making #x exist, and every citation marker has that shape, so 130 markers pointing at
 * missing notes passed it. Here a fragment exists only where an element carries that id.
 */
import type { Element } from 'hast';
import { elements, problemAt, type BuiltPage, type BuiltSite, type Problem } from './site';

/** Attributes that hold a URL the browser follows or loads, per element. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  form: ['action'],
  button: ['formAction'],
  use: ['href', 'xLinkHref'],
};

/** Built by the step after `astro build` (Pagefind), so not there yet when this check runs. */
const LATER_STEPS = ['/pagefind/'];

/** The URLs an element links to or loads, as written. */
export function urlsOf(element: Element): string[] {
  const names = URL_ATTRIBUTES[element.tagName] ?? [];
  return names.map((name) => element.properties?.[name]).filter((value) => typeof value === 'string');
}

/** Ids of every element of a page. */
export function idsOf(page: BuiltPage): Set<string> {
  return new Set(
    elements(page.tree)
      .map((element) => element.properties?.id)
      .filter((id): id is string => typeof id === 'string'),
  );
}

/** The file a URL path is served from, or undefined: "/uses/" is /uses/index.html. */
function fileFor(site: BuiltSite, pathname: string): string | undefined {
  const file = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
  return site.files.has(file) ? file : undefined;
}

/** What to search for in the source to find the line of a link: a citation's key, else the URL. */
function needlesFor(href: string): string[] {
  const key = /#(?:ref|cite)-([a-z0-9_-]+?)(?:-\d+)?$/i.exec(href)?.[1];
  return key ? [`@${key}`, href] : [`(${href})`, `"${href}"`, href];
}

/**
 * Broken internal links and fragments of every page. `origin` is the site's public origin: absolute
 * links to it (canonical, sitemap) are checked against the build too.
 */
export function checkLinks(site: BuiltSite, origin: string): Problem[] {
  const idsByFile = new Map(site.pages.map((page) => [page.url, idsOf(page)]));
  const pageIds = (file: string) => idsByFile.get(file);
  const problems: Problem[] = [];
  for (const page of site.pages) {
    const base = new URL(page.path, `${origin}/`);
    const seen = new Set<string>();
    for (const element of elements(page.tree)) {
      for (const href of urlsOf(element)) {
        if (seen.has(href)) continue;
        seen.add(href);
        const url = URL.canParse(href, base) ? new URL(href, base) : undefined;
        if (!url) {
          problems.push(problemAt(page, `link "${href}" is not a valid URL`, needlesFor(href)));
          continue;
        }
        if (url.origin !== origin) continue; // External: `check:links` checks its form.
        const pathname = decodeURIComponent(url.pathname);
        if (LATER_STEPS.some((prefix) => pathname.startsWith(prefix))) continue;
        const target = fileFor(site, pathname);
        if (!target) {
          const slash = fileFor(site, `${pathname}/`) ? ` (did you mean "${pathname}/"?)` : '';
          problems.push(
            problemAt(page, `link "${href}" points at no page or file${slash}`, needlesFor(href)),
          );
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (!fragment) continue;
        const ids = pageIds(target);
        if (!ids?.has(fragment)) {
          const on = target === page.url ? 'this page' : pathname;
          problems.push(
            problemAt(page, `link "${href}": no element on ${on} has id "${fragment}"`, needlesFor(href)),
          );
        }
      }
    }
  }
  return problems;
}
