import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findUnusedReferences, formatUnusedWarning } from '@/integrations/unused-references';
import { createPageCollector } from '@/lib/collector';
import { loadBibliography } from '@/lib/loadContent';
import { compileMdx, FIXTURE_REFERENCES } from './renderMdx';

/** Compiles fixtures through the build's pipeline into one collector, as a build fills its own. */
async function collect(...names: string[]) {
  const collector = createPageCollector();
  for (const name of names) {
    const path = `tests/fixtures/citations/${name}`;
    await compileMdx(readFileSync(path, 'utf8'), { path, collector });
  }
  return collector;
}

describe('records that no page cites', () => {
  const ids = loadBibliography(FIXTURE_REFERENCES).ids();

  it('are the records left over after the pipeline has compiled every page', async () => {
    const collector = await collect('two-citations.mdx', 'no-citations.mdx');
    expect([...collector.citedKeys()].sort()).toEqual(['dolotov2006bdnf', 'kolomin2013review']);
    const unused = findUnusedReferences(ids, collector.citedKeys());
    expect(unused).toEqual(['berdalin2012thesis', 'wikipedia_semax', 'wada_prohibited_list_2020']);
    expect(formatUnusedWarning(FIXTURE_REFERENCES, unused)).toBe(
      `3 records are in ${FIXTURE_REFERENCES} but cited on no page: berdalin2012thesis, wikipedia_semax, wada_prohibited_list_2020`,
    );
  });

  it('shrink as more pages cite them', async () => {
    const collector = await collect('two-citations.mdx', 'no-citations.mdx', 'reuse.mdx');
    expect(findUnusedReferences(ids, collector.citedKeys())).toEqual(['wada_prohibited_list_2020']);
  });

  it('follow a page compiled again with other citations', async () => {
    const collector = await collect('two-citations.mdx');
    const path = 'tests/fixtures/citations/two-citations.mdx';
    await compileMdx('No citations any more.', { path, collector });
    expect(collector.citedKeys()).toEqual(new Set());
  });
});
