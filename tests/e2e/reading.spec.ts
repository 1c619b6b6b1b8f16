/**
 * Reading and sharing on the built site: typography, table of contents, deep links below the
 * banner, heading links and the copy/share button, glossary terms, print, no sideways scrolling,
 * and everything readable without JavaScript. Anchors are read from the built pages, not
 * hard-coded, so the tests follow the article as it changes.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { SECTION_PAGES, VIEWPORTS } from './helpers';

const OTHER_PAGES = ['/glossary/', '/no-such-page/'] as const;
const GLOSSARY = JSON.parse(readFileSync('content/glossary.json', 'utf8')) as { id: string; term: string }[];

/** Ids of the article's h2 and h3 headings on the current page, in order. */
// The article's own headings: the MDX headings the contents list, not the key-points box's title.
const contentHeadingIds = (page: Page) =>
  page
    .locator('.page-body :is(h2, h3)[id]:not(.key-points-title)')
    .evaluateAll((els) => els.map((el) => el.id));

/** The first section page (in reading order) whose article has at least `min` h2/h3 headings. */
async function pageWithHeadings(page: Page, min = 2): Promise<{ path: string; ids: string[] }> {
  for (const path of SECTION_PAGES) {
    await page.goto(path);
    const ids = await contentHeadingIds(page);
    if (ids.length >= min) return { path, ids };
  }
  throw new Error(`no section page has ${min} or more h2/h3 headings`);
}

/** Where a heading reached by a link ended up, relative to the pinned banner and the viewport. */
function placement(page: Page, id: string) {
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
async function settle(page: Page, fragment?: string) {
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

async function expectNoSidewaysScroll(page: Page, label: string) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(
    scrollWidth,
    `${label}: page is ${scrollWidth}px wide in a ${clientWidth}px viewport`,
  ).toBeLessThanOrEqual(clientWidth);
}

test.describe('section page furniture', () => {
  for (const path of SECTION_PAGES) {
    test(`${path} shows its h1, last-reviewed date and reading time`, async ({ page }) => {
      await page.goto(path);
      const head = page.locator('.page-head');
      await expect(head.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(head.getByText(/Last reviewed/).locator('time')).toHaveAttribute(
        'datetime',
        /^\d{4}-\d{2}-\d{2}$/,
      );
      await expect(head).toContainText(/Last reviewed \d{1,2} [A-Z][a-z]+ \d{4}/);
      await expect(head).toContainText(/\b\d+\s+min read/);
    });
  }

  test('previous/next links follow the reading order', async ({ page }) => {
    for (const [i, path] of SECTION_PAGES.entries()) {
      await page.goto(path);
      const pager = page.getByRole('navigation', { name: 'Previous and next sections' });
      const previous = pager.getByRole('link', { name: /^Previous\b/ });
      const next = pager.getByRole('link', { name: /^Next\b/ });
      if (i === 0) await expect(previous).toHaveCount(0);
      else await expect(previous).toHaveAttribute('href', SECTION_PAGES[i - 1]!);
      if (i === SECTION_PAGES.length - 1) await expect(next).toHaveCount(0);
      else await expect(next).toHaveAttribute('href', SECTION_PAGES[i + 1]!);
    }
  });

  test('running text has a 60-75 character measure and generous line height on a wide screen', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const { path } = await pageWithHeadings(page, 1);
    await page.goto(path);
    const lines = await page.locator('.page-body p').evaluateAll((paragraphs) => {
      // Characters on each full line (all but the last) of paragraphs of 3+ lines, counting the
      // visible characters of every text node (links and terms included; hidden definitions have
      // no boxes and do not count).
      const counts: number[] = [];
      for (const p of paragraphs) {
        // A character whose box starts below the previous one's box starts a new line (a raised
        // citation mark stays on its line).
        const perLine: number[] = [];
        let lineBottom = -Infinity;
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
          for (let i = 0; i < text.length; i++) {
            const range = document.createRange();
            range.setStart(text, i);
            range.setEnd(text, i + 1);
            const rect = range.getClientRects()[0];
            if (!rect) continue;
            if (rect.top >= lineBottom) {
              perLine.push(0);
              lineBottom = rect.bottom;
            }
            lineBottom = Math.max(lineBottom, rect.bottom);
            perLine[perLine.length - 1]!++;
          }
        }
        const full = perLine.slice(0, -1);
        if (full.length >= 2) counts.push(...full);
      }
      return counts;
    });
    expect(lines.length, 'found paragraphs of three or more lines').toBeGreaterThan(3);
    const average = lines.reduce((a, b) => a + b, 0) / lines.length;
    expect(average).toBeGreaterThanOrEqual(60);
    expect(average).toBeLessThanOrEqual(75);
    const leading = await page
      .locator('.page-body p')
      .first()
      .evaluate((p) => parseFloat(getComputedStyle(p).lineHeight) / parseFloat(getComputedStyle(p).fontSize));
    expect(leading).toBeGreaterThanOrEqual(1.5);
  });
});

test.describe('table of contents', () => {
  test('is a sidebar on wide screens, open without a click', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const { ids } = await pageWithHeadings(page);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc).toBeVisible();
    await expect(toc.getByRole('link')).toHaveCount(ids.length);
    const [tocBox, bodyBox] = [await toc.boundingBox(), await page.locator('.page-body').boundingBox()];
    expect(tocBox!.x, 'the contents sit to the right of the text').toBeGreaterThan(
      bodyBox!.x + bodyBox!.width,
    );
    // Sticky: still in view further down the page.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect(toc).toBeInViewport();
  });

  test('is a collapsed list at the top on phones that opens and links to each heading', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const { ids } = await pageWithHeadings(page);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc).toBeHidden();
    const summary = page.locator('details.toc > summary');
    const [summaryBox, bodyBox] = [
      await summary.boundingBox(),
      await page.locator('.page-body').boundingBox(),
    ];
    expect(summaryBox!.y, 'the contents come before the text').toBeLessThan(bodyBox!.y);
    await summary.click();
    await expect(toc).toBeVisible();
    const hrefs = await toc
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(ids.map((id) => `#${id}`));
  });

  test('highlights the section being read (enhancement)', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const { path, ids } = await pageWithHeadings(page);
    await page.goto(`${path}#${ids[0]}`);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc.locator('a[aria-current="true"]')).toHaveAttribute('href', `#${ids[0]}`);
    await expect(toc.locator('a[aria-current]')).toHaveCount(1);
  });
});

for (const javaScriptEnabled of [true, false]) {
  for (const viewport of VIEWPORTS) {
    test.describe(`deep links, JavaScript ${javaScriptEnabled ? 'on' : 'off'}, ${viewport.width} px`, () => {
      test.use({ javaScriptEnabled, viewport });

      for (const path of SECTION_PAGES) {
        test(`every h2/h3 of ${path} lands fully visible just below the banner`, async ({ page }) => {
          test.setTimeout(120_000);
          await page.goto(path);
          const ids = await contentHeadingIds(page);
          test.skip(ids.length === 0, `${path} has no h2/h3 headings yet`);
          for (const id of ids) {
            // A fresh load, as when a shared link is opened.
            await page.goto('about:blank');
            await page.goto(`${path}#${id}`);
            await settle(page, id);
            const p = await placement(page, id);
            const where = `${path}#${id}: heading ${p.top.toFixed(1)}-${p.bottom.toFixed(1)}, banner ends ${p.bannerBottom.toFixed(1)}`;
            expect(p.top, `${where} (below the banner)`).toBeGreaterThanOrEqual(p.bannerBottom);
            expect(p.bottom, `${where} (inside the viewport)`).toBeLessThanOrEqual(p.innerHeight);
            // At the top, unless the page ends first.
            if (!p.atEnd) expect(p.top, `${where} (near the top)`).toBeLessThanOrEqual(p.bannerBottom + 48);
          }
        });
      }

      test('glossary entries reached by a link land below the banner', async ({ page }) => {
        const id = GLOSSARY.at(-1)!.id;
        await page.goto(`/glossary/#${id}`);
        await settle(page, id);
        const p = await placement(page, id);
        expect(p.top).toBeGreaterThanOrEqual(p.bannerBottom);
        expect(p.bottom).toBeLessThanOrEqual(p.innerHeight);
      });
    });
  }
}

test.describe('heading links and copy link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('each h2/h3 has a link to itself named "Link to this section: …"', async ({ page }) => {
    const { path, ids } = await pageWithHeadings(page);
    await page.goto(path);
    for (const id of ids) {
      const text = (await page.locator(`[id="${id}"]`).textContent())!.trim();
      const link = page.getByRole('link', { name: `Link to this section: ${text}`, exact: true });
      await expect(link).toHaveAttribute('href', `#${id}`);
      await expect(link.locator('[aria-hidden="true"]')).toHaveCount(1);
    }
  });

  test('"Copy link" copies the absolute URL with the fragment and says "Link copied"', async ({
    page,
    baseURL,
  }) => {
    const { path, ids } = await pageWithHeadings(page);
    // A query string (e.g. from a newsletter) is not part of the shared address.
    await page.goto(`${path}?from=test`);
    const id = ids.at(-1)!;
    const text = (await page.locator(`[id="${id}"]`).textContent())!.trim();
    const button = page.getByRole('button', { name: `Copy link to this section: ${text}`, exact: true });
    await button.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${path}#${id}`);
    await expect(page.getByRole('status')).toHaveText('Link copied');
    await expect(button).toBeFocused();
  });

  test('adding the buttons shifts nothing (CLS 0) at 360 and 1280 px', async ({ page }) => {
    const { path } = await pageWithHeadings(page);
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      await page.goto(path);
      await expect(page.locator('.heading-action').first()).toBeAttached();
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
                total += entry.value;
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(total), 500);
          }),
      );
      expect(shift, `layout shift at ${viewport.width} px`).toBe(0);
    }
  });

  test.describe('on a phone with the Web Share API', () => {
    test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

    test('the button shares the section link through the system share sheet', async ({ page, baseURL }) => {
      await page.addInitScript(() => {
        // Debian's Chromium has no share sheet: record what the page would share.
        Object.defineProperty(navigator, 'share', {
          value: async (data: ShareData) => {
            (window as unknown as { shared: ShareData }).shared = data;
          },
        });
      });
      const { path, ids } = await pageWithHeadings(page);
      await page.goto(path);
      const text = (await page.locator(`[id="${ids[0]}"]`).textContent())!.trim();
      await expect(page.getByRole('button', { name: /^Copy link/ })).toHaveCount(0);
      await page.getByRole('button', { name: `Share link to this section: ${text}`, exact: true }).tap();
      const shared = await page.evaluate(() => (window as unknown as { shared: ShareData }).shared);
      expect(shared.url).toBe(`${baseURL}${path}#${ids[0]}`);
      expect(shared.title).toContain(text);
    });
  });
});

test.describe('glossary', () => {
  test('/glossary/ lists every term with an anchor of its own', async ({ page }) => {
    await page.goto('/glossary/');
    for (const { id, term } of GLOSSARY) {
      const entry = page.locator(`[id="${id}"]`);
      await expect(entry).toHaveCount(1);
      await expect(entry.locator('dt')).toHaveText(term);
      await expect(entry.locator('dd').first()).not.toBeEmpty();
    }
  });

  test('marked terms show their definition on keyboard focus and hover, and Escape hides it', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    let path: string | undefined;
    for (const candidate of SECTION_PAGES) {
      await page.goto(candidate);
      if (await page.locator('.glossary-link').count()) {
        path = candidate;
        break;
      }
    }
    expect(path, 'some section uses a glossary term').toBeDefined();
    const link = page.locator('.glossary-link').first();
    const id = (await link.getAttribute('href'))!.split('#')[1]!;
    const definition = GLOSSARY.find((entry) => entry.id === id) as { definition: string } | undefined;
    const tip = page.locator(`#glossary-tip-${id}`);

    // Reach it by keyboard alone.
    await page.locator('.page-head h1').click();
    for (let i = 0; i < 200 && !(await link.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(link).toBeFocused();
    await expect(tip).toBeVisible();
    await expect(tip).toBeInViewport();
    await expect(link).toHaveAccessibleDescription(definition!.definition);
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await expect(link).toBeFocused();

    // Hover shows another term's definition, and the pointer can move onto it (WCAG 1.4.13).
    await page.mouse.move(0, 0);
    const second = page.locator('.glossary-term').nth(1);
    await second.locator('.glossary-link').hover();
    const secondTip = second.locator('.glossary-tip');
    await expect(secondTip).toBeVisible();
    const box = (await secondTip.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await page.waitForTimeout(500);
    await expect(secondTip).toBeVisible();
    await page.mouse.move(0, 0);
    await expect(secondTip).toBeHidden();

    // Enter shows the definition in place, with a link that opens its entry in the glossary.
    await link.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog', { name: /^Definition: / });
    await expect(panel).toContainText(definition!.definition);
    await panel.getByRole('link', { name: /^Glossary entry for / }).click();
    await expect(page).toHaveURL(`/glossary/#${id}`);
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  });
});

test.describe('no sideways scrolling at 320 px', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${colorScheme} theme, every page, contents open and a definition shown`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.emulateMedia({ colorScheme });
      for (const path of [...SECTION_PAGES, ...OTHER_PAGES]) {
        await page.goto(path);
        await expectNoSidewaysScroll(page, path);
        const summary = page.locator('details.toc > summary');
        if (await summary.count()) {
          await summary.click();
          await expectNoSidewaysScroll(page, `${path} with the contents open`);
        }
        const term = page.locator('.glossary-link').first();
        if (await term.count()) {
          await term.focus();
          await expectNoSidewaysScroll(page, `${path} with a definition shown`);
        }
      }
    });
  }
});

test.describe('200% zoom', () => {
  // Page zoom at 200% in a 1280 px window lays the page out in 640 CSS pixels at twice the density.
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });

  test('page zoom: every page fits and deep links land below the banner', async ({ page }) => {
    for (const path of [...SECTION_PAGES, ...OTHER_PAGES]) {
      await page.goto(path);
      await expectNoSidewaysScroll(page, `${path} at 200%`);
    }
    const { path, ids } = await pageWithHeadings(page);
    await page.goto(`${path}#${ids.at(-1)}`);
    await settle(page, ids.at(-1));
    const p = await placement(page, ids.at(-1)!);
    expect(p.top).toBeGreaterThanOrEqual(p.bannerBottom);
  });

  for (const width of [360, 1280]) {
    test(`text-only zoom at ${width} px: no sideways scroll, links land below the taller banner`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      const { path, ids } = await pageWithHeadings(page);
      await page.goto(path);
      // Doubled text wraps the banner onto more lines than CSS plans for on a phone; the banner
      // offset script measures it.
      await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
      await expectNoSidewaysScroll(page, `${path} with 200% text`);
      const id = ids.at(-1)!;
      await page.evaluate((target) => (location.hash = target), id);
      await settle(page, id);
      const p = await placement(page, id);
      expect(p.top).toBeGreaterThanOrEqual(p.bannerBottom);
      expect(p.bottom).toBeLessThanOrEqual(p.innerHeight);
    });
  }
});

test.describe('print', () => {
  test('hides navigation, keeps the disclaimer once at the top, shows external addresses', async ({
    page,
  }) => {
    const { path } = await pageWithHeadings(page);
    await page.goto(path);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeHidden();
    await expect(page.locator('details.toc')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Previous and next sections' })).toBeHidden();
    await expect(page.locator('.heading-link').first()).toBeHidden();
    await expect(page.locator('.heading-action').first()).toBeHidden();

    const banner = page.getByRole('complementary', { name: 'Medical disclaimer' });
    await expect(banner).toHaveCount(1);
    await expect(banner).toBeVisible();
    expect(await banner.evaluate((el) => getComputedStyle(el).position)).toBe('static');
    const [bannerBox, mainBox] = [await banner.boundingBox(), await page.locator('main').boundingBox()];
    expect(bannerBox!.y).toBeLessThan(mainBox!.y);
    // Paper is white: dark-theme colours are not printed.
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');

    // The references stay, and every external link prints its address after it.
    const references = page.locator('#references');
    if (await references.count()) await expect(references).toBeVisible();
    await page.locator('.page-body').evaluate((body) => {
      const p = document.createElement('p');
      p.innerHTML =
        '<a id="external-test" href="https://pubmed.ncbi.nlm.nih.gov/17049497/">PubMed record</a>';
      body.append(p);
    });
    const after = await page
      .locator('.page-body a[href^="http"]')
      .evaluateAll((links) =>
        links.map((a) => [a.getAttribute('href'), getComputedStyle(a, '::after').content]),
      );
    for (const [href, content] of after) expect(content).toContain(href);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of [...SECTION_PAGES, ...OTHER_PAGES]) {
    test(`${path} is complete to read`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('main p').first()).toBeVisible();
      // The enhancements simply do not appear; the heading links and glossary links remain.
      await expect(page.locator('.heading-action')).toHaveCount(0);
      await expect(page.getByRole('button')).toHaveCount(0);
      await expect(page.getByRole('status')).toHaveCount(0);
      // The key-points block's title is the block's label, not a section of the page: it has no link.
      const headingLinks = await page.locator('.page-body :is(h2, h3)[id]:not(.key-points-title)').count();
      await expect(page.getByRole('link', { name: /^Link to this section: / })).toHaveCount(headingLinks);
      for (const href of await page
        .locator('.glossary-link')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
        expect(href).toMatch(/^\/glossary\/#[a-z0-9-]+$/);
      }
    });
  }

  test('the contents open on phones without a script', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const { ids } = await pageWithHeadings(page);
    await page.locator('details.toc > summary').click();
    await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link')).toHaveCount(
      ids.length,
    );
  });
});

test.describe('keyboard-only walk', () => {
  test.use({ viewport: { width: 1280, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] });

  test('skip link, contents, a heading link and its copy button, each with a visible focus ring', async ({
    page,
    baseURL,
  }) => {
    const { path, ids } = await pageWithHeadings(page);
    await page.goto(path);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();

    const firstText = (await page.locator(`[id="${ids[0]}"]`).textContent())!.trim();
    const visited: string[] = [];
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      // Focus scrolls the element into view smoothly: give the scroll up to 2 s to finish. An element
      // that never comes into view still fails below.
      await page
        .waitForFunction(
          () => {
            const box = document.activeElement!.getBoundingClientRect();
            return box.bottom > 0 && box.top < window.innerHeight;
          },
          null,
          { timeout: 2000 },
        )
        .catch(() => undefined);
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return {
          // A heading link is named by its aria-label, a copy button by its visually hidden text.
          name: (el.getAttribute('aria-label') ?? (el.querySelector('.visually-hidden') ?? el).textContent!)
            .replace(/\s+/g, ' ')
            .trim(),
          href: el.getAttribute('href'),
          ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          opacity: Number(style.opacity),
          inView: box.bottom > 0 && box.top < window.innerHeight && box.width > 0,
          inToc: Boolean(el.closest('[data-toc]')),
        };
      });
      expect(focused.ring, `focus ring on ${focused.name}`).toBe(true);
      expect(focused.opacity, `${focused.name} is visible while focused`).toBe(1);
      expect(focused.inView, `${focused.name} is scrolled into view`).toBe(true);
      visited.push(focused.inToc ? `toc:${focused.href}` : focused.name);
      if (focused.name === `Copy link to this section: ${firstText}`) break;
    }
    const tocIndex = visited.indexOf(`toc:#${ids[0]}`);
    const linkIndex = visited.indexOf(`Link to this section: ${firstText}`);
    const copyIndex = visited.indexOf(`Copy link to this section: ${firstText}`);
    expect(tocIndex, `contents link in ${JSON.stringify(visited)}`).toBeGreaterThanOrEqual(0);
    expect(linkIndex, 'heading link after the contents').toBeGreaterThan(tocIndex);
    expect(copyIndex, 'copy button right after the heading link').toBe(linkIndex + 1);

    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${path}#${ids[0]}`);
    await expect(page.getByRole('status')).toHaveText('Link copied');

    // Back to the heading link: Enter follows it and the heading lands below the banner.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`${path}#${ids[0]}`);
    await settle(page, ids[0]);
    const p = await placement(page, ids[0]!);
    expect(p.top).toBeGreaterThanOrEqual(p.bannerBottom);
  });
});

test.describe('budgets', () => {
  test('all enhancement scripts together are at most 3 KB gzip, with no third-party request', async ({
    page,
    request,
    baseURL,
  }) => {
    const scripts = new Set<string>();
    const foreign: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(baseURL!)) foreign.push(req.url());
    });
    for (const path of [...SECTION_PAGES, ...OTHER_PAGES]) {
      await page.goto(path);
      for (const src of await page
        .locator('script[src]')
        .evaluateAll((els) => els.map((s) => (s as HTMLScriptElement).src))) {
        scripts.add(src);
      }
      // A strict CSP allows no inline script.
      // JSON-LD is data, not a script the browser runs, so the CSP does not apply to it.
      await expect(page.locator('script:not([src]):not([type="application/ld+json"])')).toHaveCount(0);
    }
    let total = 0;
    for (const src of scripts) total += gzipSync(await (await request.get(src)).body(), { level: 9 }).length;
    test
      .info()
      .annotations.push({ type: 'js-gzip-bytes', description: `${total} bytes in ${scripts.size} files` });
    expect(scripts.size).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(3 * 1024);
    expect(foreign).toEqual([]);
  });
});
