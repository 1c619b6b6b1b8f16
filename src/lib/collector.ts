/**
 * What the Markdown pipeline learnt about each page while it compiled it, kept for the integrations
 * that run when the build is done (the unused-reference warning, the sitemap's <lastmod>). One
 * collector is created in astro.config.mjs and handed to remark-collect-facts and to those
 * integrations, so nothing is kept in module state and each test makes its own.
 */

/** The facts of one compiled MDX file. */
export interface CollectedPage {
  /** Keys the page cites, in reading order. */
  citedKeys: string[];
  /** The page's `lastReviewed` frontmatter as written (YYYY-MM-DD), if any. */
  lastReviewed?: string;
}

export interface PageCollector {
  /** Records (or replaces, when a file is compiled again) the facts of one file. */
  record(file: string, page: CollectedPage): void;
  /** Every file compiled so far, by path. */
  pages(): ReadonlyMap<string, CollectedPage>;
  /** Every key cited by the files compiled so far. */
  citedKeys(): Set<string>;
}

export function createPageCollector(): PageCollector {
  const byFile = new Map<string, CollectedPage>();
  return {
    record: (file, page) => void byFile.set(file, page),
    pages: () => byFile,
    citedKeys: () => new Set([...byFile.values()].flatMap((page) => page.citedKeys)),
  };
}
