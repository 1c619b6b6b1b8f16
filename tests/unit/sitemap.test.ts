import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { lastmodOf, sectionReviewDates } from '@/integrations/sitemap';
import { createPageCollector } from '@/lib/collector';
import { loadBibliography } from '@/lib/loadContent';
import { parseSection } from '@/lib/schemas';
import { compileMdx } from './renderMdx';

const SECTIONS = 'content/sections';

describe('sitemap <lastmod>', () => {
  it('is each section’s lastReviewed as the pipeline saw it, keyed by URL, the overview at "/"', async () => {
    const collector = createPageCollector();
    const expected = new Map<string, string>();
    for (const name of readdirSync(SECTIONS).filter((file) => file.endsWith('.mdx'))) {
      const file = join(SECTIONS, name);
      const { frontmatter, content } = parseFrontmatter(readFileSync(file, 'utf8'));
      // Astro passes the file's absolute path to the plugins.
      await compileMdx(content, {
        path: resolve(file),
        frontmatter,
        collector,
        bibliography: loadBibliography(),
      });
      const id = name.replace(/\.mdx$/, '');
      expected.set(
        id === 'overview' ? '/' : `/${id}/`,
        parseSection(file, frontmatter).lastReviewed.toISOString().slice(0, 10),
      );
    }
    // A page outside content/sections/ gets no section date.
    await compileMdx('Text.', {
      path: resolve('content/pages/handout.mdx'),
      frontmatter: { lastReviewed: '2020-01-01' },
      collector,
    });
    const dates = sectionReviewDates(collector);
    expect([...dates.keys()].sort()).toEqual([
      '/',
      '/disclaimer/',
      '/mechanisms/',
      '/side-effects/',
      '/uses/',
    ]);
    expect(dates).toEqual(expected);
  });
});

describe('sitemap <lastmod> of the other pages', () => {
  const dates = new Map([
    ['/', '2026-11-20'],
    ['/uses/', '2026-12-03'],
    ['/disclaimer/', '2026-10-01'],
  ]);

  it("is the section's own date for a section", () => {
    expect(lastmodOf('/disclaimer/', dates)).toBe('2026-10-01');
  });

  it('is the newest review date of the guide for a page built from all of it', () => {
    expect(lastmodOf('/glossary/', dates)).toBe('2026-12-03');
    expect(lastmodOf('/evidence/level/animal/', dates)).toBe('2026-12-03');
  });

  it('is left out when no section was compiled', () => {
    expect(lastmodOf('/glossary/', new Map())).toBeUndefined();
  });
});
