/**
 * The components authors may use inside MDX, without importing them. Passed to every section's
 * <Content components={mdxComponents} />.
 */
import EvidenceTable from './EvidenceTable.astro';

export const mdxComponents = { EvidenceTable };
