/**
 * A keyboard-only walk: skip link, contents, a heading link and its copy button, each with a
 * visible focus ring.
 * Helpers shared with the other reading-*.spec.ts files are in reading.ts.
 */
import { expect, test } from '@playwright/test';
import { pageWithHeadings, placement, settle } from './reading';

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

    // Back to the heading link: Enter follows it and the heading lands below the banner. Focusing the
    // link may start a smooth scroll of its own; a reader's Enter comes after it ends, so the test
    // waits for it too. Pressed at once, the heading ended 48 px too high in 3 of 20 runs (2 of 10
    // at c1fffdc, 1 of 10 after it), both smooth scrolls overlapping; with the wait, 20 of 20 passed.
    await page.keyboard.press('Shift+Tab');
    await settle(page);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`${path}#${ids[0]}`);
    await settle(page, ids[0]);
    const p = await placement(page, ids[0]!);
    expect(p.top).toBeGreaterThanOrEqual(p.bannerBottom);
  });
});
