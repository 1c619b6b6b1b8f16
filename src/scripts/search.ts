/**
 * Header search, a progressive enhancement over the /search/ link. Uses Pagefind's own JavaScript
 * API (built by scripts/build-search-index.mjs after `astro build`) rather than Pagefind's prebuilt UI,
 * which would add about 30 KB of script and styles we would then have to restyle for our tokens.
 */

import { installTrustedTypesPolicy } from './trustedTypes';

interface PagefindWord {
  balanced_score: number;
}
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations: PagefindWord[];
}
export interface PagefindResultData {
  url: string;
  meta: { title?: string };
  excerpt: string;
  sub_results: PagefindSubResult[];
}
interface Pagefind {
  init(): Promise<void>;
  debouncedSearch(
    term: string,
    options?: object,
    ms?: number,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind once, on first use. The path is built at run time so the bundler leaves it alone. */
function loadPagefind(): Promise<Pagefind> {
  const path = '/pagefind/pagefind.js';
  installTrustedTypesPolicy();
  pagefind ??= import(/* @vite-ignore */ path).then(async (module: Pagefind) => {
    await module.init();
    return module;
  });
  return pagefind;
}

/** Text only: result titles come from our own pages, but we never inject them as HTML. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  return node;
}

/**
 * An excerpt with its matches marked. Pagefind's excerpt is the page's text, HTML-escaped, with
 * <mark> around the matched words; we rebuild it from text nodes and <mark> elements only, so no
 * other markup can get in.
 */
function excerptOf(html: string): HTMLElement {
  // Entities decoded by hand: no HTML parser (and no Trusted Types sink) is needed for text.
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };
  const text = (part: string) =>
    part.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => entities[name]!);
  const excerpt = el('p');
  html
    .split(/<\/?mark>/)
    .forEach((part, index) => excerpt.append(index % 2 ? el('mark', text(part)) : text(part)));
  return excerpt;
}

const score = (sub: PagefindSubResult) =>
  sub.weighted_locations.reduce((sum, word) => sum + word.balanced_score, 0);

/**
 * The sections of a result to show, best match first: Pagefind lists sub-results in page order, so
 * for "semax legal" the page's first sections pushed "Legal status" out of the three shown.
 */
export const rankedSubResults = (result: PagefindResultData): PagefindSubResult[] =>
  result.sub_results
    .filter((sub) => sub.url !== result.url)
    .sort((a, b) => score(b) - score(a))
    .slice(0, 3);

function renderResults(container: HTMLElement, term: string, results: PagefindResultData[]) {
  container.replaceChildren();
  if (results.length === 0) {
    container.append(el('p', `No results for “${term}”.`));
    return;
  }
  const list = el('ol');
  for (const result of results) {
    const item = el('li');
    const link = el('a', result.meta.title ?? result.url);
    link.href = result.url;
    link.className = 'search-page';
    const subs = rankedSubResults(result);
    item.append(link, excerptOf((subs[0] ?? result).excerpt));
    if (subs.length) {
      const subList = el('ul');
      for (const sub of subs) {
        const subLink = el('a', sub.title);
        subLink.href = sub.url;
        const subItem = el('li');
        subItem.append(subLink);
        subList.append(subItem);
      }
      item.append(subList);
    }
    list.append(item);
  }
  container.append(el('p', `${results.length} result${results.length === 1 ? '' : 's'} for “${term}”`), list);
}

/** Replaces the /search/ link in `root` with a live search field. */
export function mountSearch(root: HTMLElement) {
  const link = root.querySelector<HTMLAnchorElement>('a.search-control');
  const panel = root.querySelector<HTMLElement>('[data-search-results]');
  if (!link || !panel) return;

  const input = el('input');
  input.type = 'search';
  input.className = 'search-control';
  input.placeholder = 'Search the guide';
  input.setAttribute('aria-label', 'Search the guide');
  input.autocomplete = 'off';
  const initial = new URLSearchParams(location.search).get('q');
  if (initial && location.pathname === '/search/') input.value = initial;
  link.replaceWith(input);

  const run = async () => {
    const term = input.value.trim();
    if (!term) {
      panel.hidden = true;
      return;
    }
    const search = await (await loadPagefind()).debouncedSearch(term, {}, 200);
    if (!search) return; // superseded by a newer keystroke
    const results = await Promise.all(search.results.slice(0, 6).map((r) => r.data()));
    renderResults(panel, term, results);
    panel.hidden = false;
  };

  input.addEventListener('focus', () => void loadPagefind(), { once: true });
  input.addEventListener('input', () => void run());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      panel.hidden = true;
      input.value = '';
    }
    // Enter opens /search/?q=…: a page of results that can be bookmarked and shared.
    if (event.key === 'Enter' && input.value.trim()) {
      location.assign(`/search/?q=${encodeURIComponent(input.value.trim())}`);
    }
  });
  // Arrow keys move between the field and the result links, as in a combobox's list.
  root.addEventListener('keydown', (event) => {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (!step || panel.hidden) return;
    const stops = [input, ...panel.querySelectorAll('a')];
    const next = stops[stops.indexOf(document.activeElement as HTMLAnchorElement) + step];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  });
  root.addEventListener('focusout', (event) => {
    if (!root.contains(event.relatedTarget as Node | null)) panel.hidden = true;
  });
  if (input.value) void run();
}
