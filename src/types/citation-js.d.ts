/**
 * citation-js ships no TypeScript types. This declares only what src/lib/exportReferences.ts and the
 * tests use: the Cite class (input: CSL-JSON, BibTeX or RIS text; output by format name) and the
 * plugin config registry.
 */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    /** CSL-JSON records, whatever the input was. */
    data: Array<Record<string, unknown> & { id: string }>;
    format(format: string, options?: Record<string, unknown>): string | object;
  }
  export const plugins: { config: { get(name: string): unknown } };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
