/**
 * Every enhancement of every page in one deferred module (BaseLayout), which the build inlines at the
 * end of each page (astro.config.mjs): no request at all instead of six, and one compressed block is
 * smaller than several (the budget is 3 KB for all scripts, issue 16). Each part does nothing where
 * its markup is absent, so pages without it pay only its bytes, not its work.
 */
import './bannerOffset';
import './headingActions';
import './previews';
import './tocHighlight';
import { enhanceFilters } from './evidenceFilters';
import { mountSearch } from './search';

for (const root of document.querySelectorAll<HTMLElement>('[data-search]')) mountSearch(root);

// Only the full list of the explorer holds every row; its pre-built filtered views stay plain pages.
const nav = document.querySelector<HTMLElement>('nav.filters');
const table = document.querySelector<HTMLTableElement>('table.claims');
const heading = document.querySelector<HTMLElement>('#claims');
if (nav && table && heading && location.pathname === '/evidence/') enhanceFilters(nav, table, heading);
