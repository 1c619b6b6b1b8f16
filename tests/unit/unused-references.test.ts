import { readFileSync } from 'node:fs';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { findUnusedReferences, formatUnusedWarning } from '@/integrations/unused-references';
import remarkCitations, { citedKeys, loadBibliography } from '@/plugins/remark-citations';

const REFERENCES = 'tests/fixtures/references/citations.json';

/** Runs the real plugin over fixtures, which fills the aggregate the integration reads. */
async function renderFixtures(...names: string[]) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkCitations, { referencesFile: REFERENCES });
  for (const name of names) {
    const path = `tests/fixtures/citations/${name}`;
    const file = new VFile({ path, value: readFileSync(path, 'utf8') });
    await processor.run(processor.parse(file), file);
  }
}

describe('records that no page cites', () => {
  it('are the records left over after the plugin has rendered every page', async () => {
    await renderFixtures('two-citations.mdx', 'no-citations.mdx');
    expect([...citedKeys()].sort()).toEqual(['dolotov2006bdnf', 'kolomin2013review']);
    const unused = findUnusedReferences(loadBibliography(REFERENCES).keys(), citedKeys());
    expect(unused).toEqual(['berdalin2012thesis', 'wikipedia_semax', 'wada_prohibited_list_2020']);
    expect(formatUnusedWarning(REFERENCES, unused)).toBe(
      `3 records are in ${REFERENCES} but cited on no page: berdalin2012thesis, wikipedia_semax, wada_prohibited_list_2020`,
    );
  });

  it('shrink as more pages cite them', async () => {
    await renderFixtures('reuse.mdx');
    expect(findUnusedReferences(loadBibliography(REFERENCES).keys(), citedKeys())).toEqual([
      'wada_prohibited_list_2020',
    ]);
  });
});
