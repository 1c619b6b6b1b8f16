/**
 * What the reading-*.spec.ts files share: the article's headings on a page, where a heading reached
 * by a link ended up, waiting for scrolling to settle, and the sideways-scroll check.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { SECTION_PAGES } from './helpers';

export const OTHER_PAGES = ['/glossary/', '/no-such-page/'] as const;

export const GLOSSARY = JSON.parse(readFileSync('content/glossary.json', 'utf8')) as {
  id: string;
  term: string;
}[];

/** Ids of the article's h2 and h3 headings on the current page, in order. */
// The article's own headings: the MDX headings the contents list, not the key-points box's title.
export const contentHeadingIds = (page: Page) =>
  page
    .locator('.page-body :is(h2, h3)[id]:not(.key-points-title)')
    .evaluateAll((els) => els.map((el) => el.id));

/** The first section page (in reading order) whose article has at least `min` h2/h3 headings. */
export async function pageWithHeadings(page: Page, min = 2): Promise<{ path: string; ids: string[] }> {
  for (const path of SECTION_PAGES) {
    await page.goto(path);
    const ids = await contentHeadingIds(page);
    if (ids.length >= min) return { path, ids };
  }
  throw new Error(`no section page has ${min} or more h2/h3 headings`);
}

/** Where a heading reached by a link ended up, relative to the pinned banner and the viewport. */
export function placement(page: Page, id: string) {
  return page.evaluate((targetId) => {
    const target = document.getElementById(targetId)!.getBoundingClientRect();
    const banner = document.querySelector('.disclaimer-banner')!.getBoundingClientRect();
    // Below 64rem the contents bar is pinned right under the banner (TableOfContents.astro): a
    // heading must clear both.
    const toc = document.querySelector<HTMLElement>('details.toc');
    const bar = toc?.getBoundingClientRect();
    const barPinned =
      toc &&
      bar &&
      getComputedStyle(toc).position === 'sticky' &&
      bar.top >= 0 &&
      bar.bottom <= target.top + 1;
    const { scrollY, innerHeight } = window;
    const maxScroll = document.documentElement.scrollHeight - innerHeight;
    return {
      top: target.top,
      bottom: target.bottom,
      bannerBottom: barPinned ? Math.max(banner.bottom, bar.bottom) : banner.bottom,
      innerHeight,
      atEnd: scrollY >= maxScroll - 1,
    };
  }, id);
}

/**
 * Waits until the browser has finished scrolling (smooth scrolling or a script's correction):
 * three equal readings of scrollY 100 ms apart. Polled from the test, as page timers do not run
 * with JavaScript disabled.
 */
export async function settle(page: Page, fragment?: string) {
  // On a loaded machine Chromium may scroll to a #fragment well after the load event (seen: still at
  // the top when the readings below had settled). Wait up to 15 s for the target to reach the
  // viewport; if it never does, the placement checks after this fail as they should.
  for (let i = 0; fragment && i < 150; i++) {
    const inView = await page.evaluate((id) => {
      const box = document.getElementById(id)?.getBoundingClientRect();
      return box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight;
    }, fragment);
    if (inView) break;
    await page.waitForTimeout(100);
  }
  const readings: number[] = [];
  for (let i = 0; i < 50; i++) {
    readings.push(await page.evaluate(() => window.scrollY));
    if (readings.length >= 3 && readings.slice(-3).every((y) => y === readings.at(-1))) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`scrolling did not settle: ${readings.join(', ')}`);
}

export async function expectNoSidewaysScroll(page: Page, label: string) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(
    scrollWidth,
    `${label}: page is ${scrollWidth}px wide in a ${clientWidth}px viewport`,
  ).toBeLessThanOrEqual(clientWidth);
}
