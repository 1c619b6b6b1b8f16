/**
 * The components authors may use inside MDX, without importing them. Passed to every section's
 * <Content components={mdxComponents} />.
 */
import ContactEmail from './ContactEmail.astro';
import DeveloperNetworkCounts from './DeveloperNetworkCounts.astro';
import EvidenceTable from './EvidenceTable.astro';
import FactsBox from './FactsBox.astro';
import HandoutLink from './HandoutLink.astro';
import KeyPoints from './KeyPoints.astro';

export const mdxComponents = {
  ContactEmail,
  DeveloperNetworkCounts,
  EvidenceTable,
  FactsBox,
  HandoutLink,
  KeyPoints,
};
