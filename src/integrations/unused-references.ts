/**
 * An Astro integration that warns, at the end of a build, about bibliography records that no page
 * cites. It reads the keys remark-citations published for each page, as the collector created in
 * astro.config.mjs kept them (src/lib/collector.ts), so it needs no second parse of the MDX. A
 * warning, not an error: the editors may keep a checked record for a section not written yet, and
 * /references/ still lists it.
 */
import type { AstroIntegration } from 'astro';
import type { PageCollector } from '../lib/collector';
import type { Bibliography } from '../lib/loadContent';

/** Ids of the bibliography that are not in `cited`, in bibliography order. */
export function findUnusedReferences(ids: Iterable<string>, cited: ReadonlySet<string>): string[] {
  return [...ids].filter((id) => !cited.has(id));
}

/** One warning line naming the file and every uncited record. */
export function formatUnusedWarning(file: string, unused: readonly string[]): string {
  const noun = unused.length === 1 ? 'record is' : 'records are';
  return `${unused.length} ${noun} in ${file} but cited on no page: ${unused.join(', ')}`;
}

export interface UnusedReferencesOptions {
  bibliography: Bibliography;
  collector: PageCollector;
}

export default function unusedReferences({
  bibliography,
  collector,
}: UnusedReferencesOptions): AstroIntegration {
  return {
    name: 'unused-references',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const unused = findUnusedReferences(bibliography.ids(), collector.citedKeys());
        if (unused.length) logger.warn(formatUnusedWarning(bibliography.file, unused));
      },
    },
  };
}
