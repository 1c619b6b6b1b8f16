/**
 * The "Updated" lines under a section's review date, rendered by Astro's container API from fixture
 * entries: the real log has every entry on one day, so the one-entry line is proved here.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import SectionUpdates from '@/components/SectionUpdates.astro';
import type { ChangeEntry } from '@/lib/changes';

const entry = (id: string, date: string, title: string): ChangeEntry => ({
  id,
  file: `content/changes/${id}.md`,
  date: new Date(date),
  title,
  sections: ['uses'],
  claims: [],
});

async function render(entries: ChangeEntry[]) {
  const container = await AstroContainer.create();
  const html = await container.renderToString(SectionUpdates, { props: { entries } });
  return new JSDOM(html).window.document;
}

describe('SectionUpdates', () => {
  it('shows one line per day: a link for a single entry, a <details> listing several', async () => {
    const doc = await render([
      entry('2026-12-03-b', '2026-12-03', 'Second change that day'),
      entry('2026-12-03-a', '2026-12-03', 'First change that day'),
      entry('2026-11-30-x', '2026-11-30', 'A change of its own'),
    ]);
    const days = [...doc.querySelectorAll('ul.updates > li')];
    expect(days).toHaveLength(2);
    const [several, one] = days as [Element, Element];
    expect(several.querySelector('summary')!.textContent!.replace(/\s+/g, ' ').trim()).toMatch(
      /^Updated: 3 December 2026, 2 changes$/,
    );
    expect(several.querySelector('summary time')!.getAttribute('datetime')).toBe('2026-12-03');
    expect(
      [...several.querySelectorAll('details a')].map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['Second change that day', '/changes/#change-2026-12-03-b'],
      ['First change that day', '/changes/#change-2026-12-03-a'],
    ]);
    expect(one.querySelector('details')).toBeNull();
    expect(one.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      'Updated: 30 November 2026, A change of its own',
    );
    expect(one.querySelector('a')!.getAttribute('href')).toBe('/changes/#change-2026-11-30-x');
  });

  it('renders nothing for a section no entry touches', async () => {
    expect((await render([])).querySelector('.updates')).toBeNull();
  });
});
