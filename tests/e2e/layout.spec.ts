import { expect, test, type Page } from '@playwright/test';
import { SECTION_PAGES, VIEWPORTS } from './helpers';

/** The banner's box must sit inside the viewport, at its top edge. */
async function expectBannerPinned(page: Page) {
  const banner = page.getByRole('complementary', { name: 'Medical disclaimer' });
  await expect(banner).toBeVisible();
  // The full wording from 40rem, the short one on one line of a phone (DisclaimerBanner.astro).
  await expect(banner.getByRole('link', { name: /^(Read the full|Full) disclaimer$/ })).toBeVisible();
  const box = await banner.boundingBox();
  expect(box, 'banner has a box').not.toBeNull();
  expect(Math.abs(box!.y)).toBeLessThanOrEqual(1);
  expect(box!.height).toBeGreaterThan(10);
}

for (const path of SECTION_PAGES) {
  test(`${path} renders one h1 inside main`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
  });
}

for (const javaScriptEnabled of [true, false]) {
  for (const viewport of VIEWPORTS) {
    test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}, ${viewport.width}x${viewport.height}`, () => {
      test.use({ javaScriptEnabled, viewport });
      for (const path of [...SECTION_PAGES, '/no-such-page/']) {
        test(`banner stays pinned at top, middle and bottom of ${path}`, async ({ page }) => {
          await page.goto(path);
          for (const fraction of [0, 0.5, 1]) {
            await page.evaluate((f) => {
              window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) * f);
            }, fraction);
            await expectBannerPinned(page);
          }
        });
      }
    });
  }
}

test('the 404 page says the page was not found and lists the sections', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link')).not.toHaveCount(0);
});

test('the skip link is the first Tab stop and moves focus to main', async ({ page }) => {
  await page.goto('/uses/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('navigation marks the current section with aria-current', async ({ page }) => {
  await page.goto('/side-effects/');
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
  await expect(nav.locator('[aria-current="page"]')).toHaveAttribute('href', '/side-effects/');
});

test('the banner takes at most two lines at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  const lines = await page.locator('.disclaimer-banner p:visible').evaluate((p) => {
    const lineHeight = parseFloat(getComputedStyle(p).lineHeight);
    return Math.round(p.getBoundingClientRect().height / lineHeight);
  });
  expect(lines).toBeLessThanOrEqual(2);
});

/**
 * One content grid (issue 14): on every kind of page the h1 starts at the same x as the site name in
 * the header and the banner's text, so the left edge does not jump when a reader moves from a
 * section to the glossary or the explorer.
 */
const PAGE_TYPES = [
  '/',
  '/uses/',
  '/handout/',
  '/evidence/',
  '/glossary/',
  '/references/',
  '/changes/',
  '/claims/',
  '/search/',
  '/no-such-page/',
];
for (const width of [1280, 1920, 360]) {
  test(`one left edge for every page type at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const edges: Record<string, number[]> = {};
    for (const path of PAGE_TYPES) {
      await page.goto(path);
      edges[path] = await page.evaluate(() =>
        ['.disclaimer-banner p', 'header .site-name', 'main h1'].map((selector) => {
          // The one shown (the banner has a long and a short wording, one of them display: none).
          const element = [...document.querySelectorAll(selector)].find((node) => node.checkVisibility());
          if (!element) throw new Error(`${location.pathname}: no visible ${selector}`);
          // The first line's text, not the box (a box may be wider than its text).
          const range = document.createRange();
          range.selectNodeContents(element);
          return Math.round(range.getClientRects()[0]!.left);
        }),
      );
    }
    const first = edges['/']![0]!;
    expect(first).toBeGreaterThan(0);
    for (const [path, lefts] of Object.entries(edges)) expect(lefts, path).toEqual([first, first, first]);
  });
}

/**
 * The scroll padding that keeps link targets and focus clear of the pinned banner
 * (src/scripts/bannerOffset.ts): CSS's own value while the banner has its planned height, with no
 * property written on the root (that would restyle the whole page at load), and the banner's real
 * height once its text wraps further than CSS planned for.
 */
test('the scroll padding follows the banner, written only when the banner wraps', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/uses/');
  const banner = page.locator('.disclaimer-banner');
  const state = () =>
    page.evaluate(() => ({
      inline: document.documentElement.style.getPropertyValue('--banner-offset'),
      padding: parseFloat(getComputedStyle(document.documentElement).scrollPaddingBlockStart),
      banner: document.querySelector('.disclaimer-banner')!.getBoundingClientRect().height,
    }));
  await page.waitForLoadState('load');
  const planned = await state();
  expect(planned.inline).toBe('');
  expect(planned.padding).toBeGreaterThanOrEqual(planned.banner);
  // A translation or a large text setting makes the banner three lines long.
  await banner
    .locator('p:visible')
    .evaluate((p) => p.append(' Longer words a translation might bring. '.repeat(3)));
  await expect.poll(async () => (await state()).inline).not.toBe('');
  const wrapped = await state();
  expect(wrapped.banner).toBeGreaterThan(planned.banner + 10);
  expect(parseFloat(wrapped.inline)).toBeCloseTo(wrapped.banner, 0);
  expect(wrapped.padding).toBeGreaterThanOrEqual(wrapped.banner);
});
