import AxeBuilder from '@axe-core/playwright';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { SECTION_PAGES } from './helpers';

/** Fetches every page of the article and keeps those that cite something (a marker in the HTML). */
async function pagesWithCitations(request: APIRequestContext): Promise<string[]> {
  const found: string[] = [];
  for (const path of SECTION_PAGES) {
    const html = await (await request.get(path)).text();
    if (html.includes('class="cite-link"')) found.push(path);
  }
  return found;
}

/** The top and bottom of a box in the viewport. */
async function edges(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element has no box');
  return { top: box.y, bottom: box.y + box.height };
}

/** True when the element is entirely in the viewport and not under the pinned banner. */
async function fullyVisibleBelowBanner(page: Page, target: Locator): Promise<boolean> {
  const banner = await edges(page.getByRole('complementary', { name: 'Medical disclaimer' }));
  const box = await edges(target);
  const height = page.viewportSize()!.height;
  return box.top >= banner.bottom - 0.5 && box.bottom <= height + 0.5;
}

test('at least one page of the article cites its sources', async ({ request }) => {
  expect(await pagesWithCitations(request)).not.toHaveLength(0);
});

test('every marker targets an existing note and every note links back to each of its markers', async ({
  page,
  request,
}) => {
  for (const path of await pagesWithCitations(request)) {
    await page.goto(path);
    const references = page.getByRole('region', { name: 'References' });
    await expect(references.getByRole('heading', { level: 2, name: 'References' })).toHaveAttribute(
      'id',
      'references',
    );
    const notes = references.locator('ol > li');
    const noteIds = await notes.evaluateAll((items) => items.map((li) => li.id));

    const markers = await page.locator('main a.cite-link').evaluateAll((links) =>
      links.map((a) => ({
        id: a.id,
        href: a.getAttribute('href')!,
        name: a.getAttribute('aria-label')!,
        text: a.textContent,
      })),
    );
    for (const marker of markers) {
      const noteId = marker.href.replace(/^#/, '');
      const index = noteIds.indexOf(noteId);
      expect(index, `${path}: ${marker.id} points to an existing note`).toBeGreaterThanOrEqual(0);
      // The number shown is the note's number, and it is the link's accessible name.
      expect(marker.text).toBe(String(index + 1));
      expect(marker.name).toBe(`Reference ${index + 1}`);
      await expect(
        page.locator(`#${noteId} a[href="#${marker.id}"]`),
        `${path}: ${noteId} links back to ${marker.id}`,
      ).toHaveCount(1);
    }

    for (const [index, noteId] of noteIds.entries()) {
      const note = page.locator(`#${noteId}`);
      const backLinks = await note.locator('a[href^="#cite-"]').evaluateAll((links) =>
        links.map((a) => ({
          target: a.getAttribute('href')!.slice(1),
          name: a.getAttribute('aria-label')!,
        })),
      );
      expect(backLinks.length, `${path}: ${noteId} has back-links`).toBeGreaterThan(0);
      for (const back of backLinks) {
        expect(
          markers.map((m) => m.id),
          `${path}: back-link of ${noteId}`,
        ).toContain(back.target);
        expect(back.name).toMatch(new RegExp(`^Back to citation ${index + 1}[a-z]*$`));
      }
      const external = note.locator(
        'a[href^="https://pubmed.ncbi.nlm.nih.gov/"], a[href^="https://doi.org/"], a.ref-link-url',
      );
      expect(await external.count(), `${path}: ${noteId} has a PubMed, DOI or URL link`).toBeGreaterThan(0);
    }
  }
});

// With JavaScript a click opens the note in place instead (tests/e2e/phone.spec.ts); a middle or
// modified click, and every click without JavaScript, still follows the link.
for (const javaScriptEnabled of [false]) {
  test.describe(`at 360x740, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ viewport: { width: 360, height: 740 }, javaScriptEnabled });

    test('clicking the first marker shows its note fully below the banner, and its back-link returns', async ({
      page,
      request,
    }) => {
      const [path] = await pagesWithCitations(request);
      await page.goto(path!);
      const marker = page.locator('main a.cite-link').first();
      const markerId = (await marker.getAttribute('id'))!;
      const noteId = (await marker.getAttribute('href'))!.slice(1);
      const note = page.locator(`[id="${noteId}"]`);
      // On a page too short to scroll the note to the top this still holds, so check the margin too.
      const banner = await edges(page.getByRole('complementary', { name: 'Medical disclaimer' }));
      // What a scroll to it leaves clear above: the page's scroll padding plus the note's own margin.
      const margin = await note.evaluate(
        (el) =>
          parseFloat(getComputedStyle(document.documentElement).scrollPaddingBlockStart) +
          parseFloat(getComputedStyle(el).scrollMarginBlockStart),
      );
      expect(margin, 'a note scrolled to lands below the banner').toBeGreaterThanOrEqual(banner.bottom);

      await marker.click();
      await expect(page).toHaveURL(new RegExp(`#${noteId}$`));
      // Smooth scrolling may still be moving: wait for the note to settle in view.
      await expect.poll(() => fullyVisibleBelowBanner(page, note), { timeout: 5_000 }).toBe(true);

      await note.locator(`a[href="#${markerId}"]`).click();
      await expect(page).toHaveURL(new RegExp(`#${markerId}$`));
      await expect.poll(() => fullyVisibleBelowBanner(page, page.locator(`[id="${markerId}"]`))).toBe(true);
    });
  });
}

test.describe('the preview of a reference', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('appears on hover and on keyboard focus, and the marker keeps its name "Reference N"', async ({
    page,
    request,
  }) => {
    const [path] = await pagesWithCitations(request);
    await page.goto(path!);
    const marker = page.getByRole('link', { name: 'Reference 1', exact: true }).first();
    const preview = page.locator('.cite', { has: marker }).first().getByRole('tooltip');
    await expect(preview).toBeHidden();

    await marker.hover();
    await expect(preview).toBeVisible();
    await expect(marker).toHaveAccessibleDescription(/\(\d{4}|n\.d\.\)/);
    await page.keyboard.press('Escape');
    await expect(preview).toBeHidden();

    await page.mouse.move(0, 0);
    await marker.focus();
    // Focus from the keyboard shows it (:focus-visible); the note it describes is the one it targets.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(marker).toBeFocused();
    await expect(preview).toBeVisible();
    const noteId = (await marker.getAttribute('href'))!.slice(1);
    const year = (await page.locator(`#${noteId} .ref-source`).textContent())!.match(/\d{4}|n\.d\./)![0];
    await expect(preview).toContainText(year);
  });
});

test('/references/ groups the bibliography by kind of evidence and links each record to the pages citing it', async ({
  page,
  request,
}) => {
  const citing = new Map<string, string[]>();
  for (const path of await pagesWithCitations(request)) {
    await page.goto(path);
    for (const id of await page
      .locator('section.references li')
      .evaluateAll((lis) => lis.map((li) => li.id))) {
      citing.set(id, [...(citing.get(id) ?? []), path]);
    }
  }

  await page.goto('/references/');
  await expect(page.getByRole('heading', { level: 1, name: 'References' })).toBeVisible();
  for (const group of [
    'Human trials',
    'Animal studies',
    'Cell studies',
    'Reviews',
    'Regulatory documents',
    'Websites',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name: group })).toBeVisible();
  }
  const entries = page.locator('li.bib-entry');
  expect(await entries.count()).toBeGreaterThan(50);
  for (const entry of await entries.all()) {
    const id = (await entry.getAttribute('id'))!;
    await expect(entry.locator('a.ref-link'), `${id} has a PubMed, DOI or URL link`).not.toHaveCount(0);
    await expect(entry.locator('.ref-design'), `${id} has a design note`).toContainText(/\w{3,}/);
    const places = await entry
      .locator('.ref-cited a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(places.map((href) => href.split('#')[0]).sort(), `${id} lists the pages citing it`).toEqual(
      (citing.get(id) ?? []).sort(),
    );
    for (const href of places) {
      expect(href, `${id} links to a marker`).toMatch(new RegExp(`#cite-${id.replace(/^ref-/, '')}-1$`));
    }
  }
});

test('/references.bib and /references.ris parse back into every record of /references/', async ({
  page,
  request,
}) => {
  await page.goto('/references/');
  const ids = (
    await page.locator('li.bib-entry').evaluateAll((lis) => lis.map((li) => li.id.replace(/^ref-/, '')))
  ).sort();

  const bib = await request.get('/references.bib');
  expect(bib.ok()).toBe(true);
  const fromBib = new Cite(await bib.text()).data;
  expect(fromBib.map((entry) => entry.id).sort()).toEqual(ids);

  const ris = await request.get('/references.ris');
  expect(ris.ok()).toBe(true);
  const fromRis = new Cite(await ris.text()).data;
  expect(fromRis).toHaveLength(ids.length);
  expect(fromRis.every((entry) => typeof entry.title === 'string' && entry.title.length > 3)).toBe(true);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`citations and /references/ pass axe (WCAG 2.2 AA) in ${colorScheme} mode, preview open`, async ({
    page,
    request,
  }) => {
    test.slow(); // axe over the 59-entry /references/ page takes a while on a shared 2-core machine
    await page.emulateMedia({ colorScheme });
    const paths = [...(await pagesWithCitations(request)), '/references/'];
    for (const path of paths) {
      await page.goto(path);
      const marker = page.locator('main a.cite-link').first();
      if (await marker.count()) await marker.hover();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map((v) => `${path}: ${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
      ).toEqual([]);
    }
  });
}
