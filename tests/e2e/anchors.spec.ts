/**
 * Links that last: tests/anchors.json lists every public h2/h3 anchor and every claim anchor (the
 * id of a cited paragraph, claim-<letters>, and the old numbered claim-N ids kept as aliases) of
 * every page. A shared link such as /side-effects/#long-term-use or /uses/#claim-12 must keep
 * working, so an anchor that disappears fails here; a new heading or cited paragraph must be added
 * to the list, so the list stays complete.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { slug } from 'github-slugger';
import { SECTION_PAGES } from './helpers';

const anchors: Record<string, string[]> = JSON.parse(readFileSync('tests/anchors.json', 'utf8'));

for (const [path, ids] of Object.entries(anchors)) {
  test(`every listed anchor of ${path} still exists, and every h2/h3 and claim id is listed`, async ({
    page,
  }) => {
    await page.goto(path);
    const present = await page
      .locator('main .prose :is(h2, h3)[id], main .prose :is(p, li)[id^="claim-"]')
      .evaluateAll((els) => els.map((el) => el.id));
    // An old id kept by anchorAliases (an empty span at the start of the renamed heading or the
    // reworded paragraph) counts as present.
    const aliases = await page
      .locator('main :is(h2, h3, p, li) > span[id]:empty')
      .evaluateAll((els) => els.map((el) => el.id));
    const missing = ids.filter((id) => !present.includes(id) && !aliases.includes(id));
    expect(missing, `anchors listed in tests/anchors.json but gone from ${path}`).toEqual([]);
    for (const id of ids) await expect(page.locator(`[id="${id}"]`), `#${id} on ${path}`).toHaveCount(1);
    const unlisted = present.filter((id) => !ids.includes(id));
    for (const alias of aliases) {
      const box = await page.locator(`[id="${alias}"]`).evaluate((el) => el.parentElement!.id);
      expect(ids, `alias #${alias} points at a listed heading or claim`).toContain(box);
    }
    expect(unlisted, `h2/h3 and claim ids on ${path} missing from tests/anchors.json`).toEqual([]);
  });
}

test('an old numbered claim link lands on the paragraph it named before', async ({ page }) => {
  // /uses/#claim-1 was the first cited paragraph of the uses page when claims were numbered.
  await page.goto('/uses/#claim-1');
  const target = page.locator('[id="claim-1"]');
  await expect(target).toHaveCount(1);
  const paragraph = target.locator('xpath=..');
  await expect(paragraph).toHaveAttribute('id', /^claim-[a-p]{7}$/);
  await expect(paragraph).toBeInViewport();
});

test('a natural link made from the heading text, /uses/#ischemic-stroke, opens at that heading', async ({
  page,
}) => {
  // The heading's own id is the short #stroke; the id a reader would guess lands on it too (issue 15).
  await page.goto('/uses/#ischemic-stroke');
  const heading = page.getByRole('heading', { name: 'Ischemic stroke', exact: true });
  await expect(heading).toHaveAttribute('id', 'stroke');
  await expect(heading.locator('[id="ischemic-stroke"]')).toHaveCount(1);
  await expect(heading).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
});

// The pages written in MDX, whose headings go through the site's rehype plugins.
for (const path of [...SECTION_PAGES, '/handout/']) {
  test(`on ${path}, the id made from each heading's text leads to that heading`, async ({ page }) => {
    await page.goto(path);
    const headings = await page
      .locator('main .prose :is(h2, h3)[id]')
      .evaluateAll((els) => els.map((el) => ({ id: el.id, text: el.textContent!.trim() })));
    expect(headings.length).toBeGreaterThan(0);
    for (const { id, text } of headings) {
      const natural = slug(text);
      // Left out only where two headings share the text or the id is used by something else.
      const twins = headings.filter((other) => slug(other.text) === natural).length;
      const owner = await page
        .locator(`[id="${natural}"]`)
        .evaluateAll((els) =>
          els.map((el) =>
            el.matches('h2, h3') ? el.id : (el.closest('h2, h3')?.id ?? `not a heading: ${el.tagName}`),
          ),
        );
      if (twins > 1) expect(owner, `#${natural} is shared by two headings`).not.toContain(id);
      else if (owner.length && owner[0]!.startsWith('not a heading')) continue;
      else expect(owner, `#${natural} on ${path}`).toEqual([id]);
    }
  });
}
