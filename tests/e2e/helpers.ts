/** Shared facts for the e2e tests: the pages of the built site. */
export const SECTION_PAGES = ['/', '/mechanisms/', '/uses/', '/side-effects/', '/disclaimer/'] as const;
export const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
] as const;
