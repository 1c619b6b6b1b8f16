/**
 * The glossary: /glossary/ lists every term with its anchor, and marked terms in the article show
 * their definition on focus and hover.
 * Helpers shared with the other reading-*.spec.ts files are in reading.ts.
 */
import { expect, test } from '@playwright/test';
import { SECTION_PAGES } from './helpers';
import { GLOSSARY } from './reading';

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
