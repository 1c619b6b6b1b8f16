/**
 * The guide on a phone (issue 14): a 360x780 touch screen, as a reader arriving from a search result
 * or a shared link holds it. Taps are real touch events (hasTouch, isMobile), not mouse clicks.
 */
import { expect, test, type Page } from '@playwright/test';
import { SECTION_PAGES } from './helpers';

const PHONE = { viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true };

/** The first page of the article whose HTML matches, e.g. one with a citation marker. */
async function firstPageWith(page: Page, selector: string): Promise<string> {
  for (const path of SECTION_PAGES) {
    await page.goto(path);
    if (await page.locator(selector).count()) return path;
  }
  throw new Error(`no section page has ${selector}`);
}

/** Entirely inside the viewport (a box of the page, in CSS px). */
async function insideViewport(page: Page, selector: string) {
  return page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    return box.left >= -0.5 && box.right <= width + 0.5 && box.top >= -0.5 && box.bottom <= innerHeight + 0.5;
  });
}

test.describe('at 360x780 with touch', () => {
  test.use(PHONE);

  test('tapping a citation marker opens its reference in place: no scroll, reference visible', async ({
    page,
  }) => {
    await firstPageWith(page, 'main a.cite-link');
    const marker = page.locator('main a.cite-link').nth(2);
    await marker.scrollIntoViewIfNeeded();
    const noteId = (await marker.getAttribute('href'))!.slice(1);
    const number = (await marker.textContent())!;
    const before = await page.evaluate(() => scrollY);
    const url = page.url();

    await marker.tap();
    const panel = page.getByRole('dialog', { name: `Reference ${number}` });
    await expect(panel).toBeVisible();
    expect(await page.evaluate(() => scrollY), 'the page did not scroll').toBe(before);
    expect(page.url(), 'no jump to the note').toBe(url);
    expect(await insideViewport(page, '.preview-panel'), 'the sheet is on screen').toBe(true);
    // The note itself: its title, its kind of evidence, its PubMed/DOI links, a link to the note.
    const title = (await page.locator(`[id="${noteId}"] .ref-title`).textContent())!;
    await expect(panel).toContainText(title);
    const kind = (await page.locator(`[id="${noteId}"] .ref-kind`).textContent())!;
    await expect(panel).toContainText(kind);
    await expect(
      panel.locator('a[href^="https://pubmed"], a[href^="https://doi.org/"], a.ref-link-url'),
    ).not.toHaveCount(0);
    await expect(panel.getByRole('link', { name: `Go to note ${number} in the References` })).toHaveAttribute(
      'href',
      `#${noteId}`,
    );

    // A tap outside closes it, still without scrolling.
    await page.touchscreen.tap(180, 120);
    await expect(panel).toBeHidden();
    expect(await page.evaluate(() => scrollY)).toBe(before);
  });

  test('every citation marker offers a touch target at least 24 px high', async ({ page }) => {
    for (const path of SECTION_PAGES) {
      await page.goto(path);
      const heights = await page
        .locator('main a.cite-link')
        .evaluateAll((links) => links.map((a) => a.getBoundingClientRect().height));
      for (const height of heights) expect(height, `${path}: marker height`).toBeGreaterThanOrEqual(24);
    }
  });

  test('tapping a glossary term shows its definition on the same page, with a link to the glossary', async ({
    page,
  }) => {
    const path = await firstPageWith(page, '.glossary-link');
    const link = page.locator('.glossary-link').first();
    const href = (await link.getAttribute('href'))!;
    const term = (await link.textContent())!;
    const definition = (await page.locator('.glossary-tip').first().textContent())!;
    await link.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => scrollY);

    await link.tap();
    const panel = page.getByRole('dialog', { name: `Definition: ${term}` });
    await expect(panel).toBeVisible();
    await expect(panel).toContainText(definition);
    expect(new URL(page.url()).pathname).toBe(path);
    expect(await page.evaluate(() => scrollY)).toBe(before);
    expect(await insideViewport(page, '.preview-panel')).toBe(true);
    await panel.getByRole('link', { name: `Glossary entry for ${term}` }).tap();
    await expect(page).toHaveURL(href);
  });
});

test.describe('citation panel by keyboard, on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('Enter opens it next to the marker, Escape closes it and focus returns to the marker', async ({
    page,
  }) => {
    await firstPageWith(page, 'main a.cite-link');
    const marker = page.locator('main a.cite-link').first();
    await marker.focus();
    const before = await page.evaluate(() => scrollY);
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog', { name: `Reference ${await marker.textContent()}` });
    await expect(panel).toBeVisible();
    await expect(panel).toBeFocused();
    expect(await page.evaluate(() => scrollY)).toBe(before);
    // A popover beside its marker, not a sheet across the bottom.
    const [markerBox, panelBox] = [(await marker.boundingBox())!, (await panel.boundingBox())!];
    expect(Math.abs(panelBox.y - (markerBox.y + markerBox.height))).toBeLessThan(40);
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(marker).toBeFocused();
  });
});

test.describe('previews never leave the screen, 320 to 1920 px wide', () => {
  for (const width of [320, 360, 768, 1280, 1920]) {
    test(`${width} px: a marker near the bottom right, by keyboard focus and by click`, async ({ page }) => {
      await page.setViewportSize({ width, height: 700 });
      await firstPageWith(page, 'main a.cite-link');
      // The last marker of a paragraph, scrolled so that it sits on the window's last lines.
      const marker = page.locator('main p a.cite-link').last();
      await marker.evaluate((el) => {
        const box = el.getBoundingClientRect();
        scrollBy({ top: box.bottom - innerHeight + 12, behavior: 'instant' });
      });
      await marker.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const id = (await marker.getAttribute('aria-describedby'))!;
      await expect(page.locator(`[id="${id}"]`)).toBeVisible();
      expect(await insideViewport(page, `[id="${id}"]`), 'the focus preview is on screen').toBe(true);

      await page.keyboard.press('Enter');
      await expect(page.locator('.preview-panel')).toBeVisible();
      expect(await insideViewport(page, '.preview-panel'), 'the panel is on screen').toBe(true);
    });
  }
});

test('without JavaScript, a marker still goes to its note', async ({ browser }) => {
  const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await firstPageWith(page, 'main a.cite-link');
  const marker = page.locator('main a.cite-link').first();
  const noteId = (await marker.getAttribute('href'))!.slice(1);
  await expect(page.locator('.cite-tip').first()).toBeHidden();
  await marker.tap();
  await expect(page).toHaveURL(new RegExp(`#${noteId}$`));
  await expect(page.locator(`[id="${noteId}"]`)).toBeInViewport();
  await context.close();
});
