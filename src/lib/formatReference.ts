/**
 * Formatting one bibliography record for readers: the notes under each section and the /references/
 * page both use this, so a reference reads the same everywhere. Pure: no I/O, no Astro.
 *
 * Our own code rather than citation-js's CSL engine because we need the parts separately (title
 * with its language, each link as a link, the evidence label), "first three authors, then et al."
 * (Vancouver gives six) and "n.d." for a record without a date, never a guessed one.
 */
import { SOURCE_KIND_LABELS, SOURCE_KIND_LIST_ORDER } from './evidence';
import type { Reference, ReferenceKind } from './schemas';

/** How many authors are named before "et al.". */
export const MAX_AUTHORS = 3;

export interface ReferenceLink {
  kind: 'pubmed' | 'doi' | 'url';
  href: string;
  /** Visible text, which also says where the link goes ("PubMed 16996037", "doi:10…", the host). */
  text: string;
}

export interface FormattedReference {
  id: string;
  /** "Dolotov O. V., Karpenko E. A., Inozemtseva L. S., et al." or undefined when the record names none. */
  authors?: string;
  /** The title as published, ending with a full stop unless it ends with its own punctuation. */
  title: string;
  /** Language of the title when it is not English (for a lang attribute), e.g. "ru". */
  titleLang?: string;
  /** Where and when: "Brain Research. 2006;1117(1):54-60." or "Wikipedia (English). n.d." */
  source: string;
  /** PubMed and DOI links when the record has them, else its URL. */
  links: ReferenceLink[];
  /** "Animal study", "Human trial", ... */
  evidenceLabel: string;
  /**
   * The preview shown on hover, in three parts so the title can carry its language:
   * "Dolotov et al. (2006)." + title + "Brain Research. Animal study."; with no author, the title
   * leads: "Semax" + "(n.d.). Wikipedia (English) .... Regulatory document."
   */
  preview: { lead: string; title: string; tail: string };
  /** The whole reference as plain text: authors, title, source. */
  text: string;
}

type Person = NonNullable<Reference['author']>[number];

/** "Family Given" as the record spells it, or the literal name of an organisation. */
function personName(person: Person): string {
  if (person.literal) return person.literal;
  return [person.family, person.given].filter(Boolean).join(' ');
}

/** Adds a full stop unless the text already ends with punctuation that closes a sentence. */
function endSentence(text: string): string {
  const trimmed = text.trim();
  return /[.?!]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** The first three authors, then "et al."; undefined when the record names no author. */
export function formatAuthors(authors: Reference['author']): string | undefined {
  const names = (authors ?? []).map(personName).filter(Boolean);
  if (!names.length) return undefined;
  const shown = names.slice(0, MAX_AUTHORS);
  if (names.length > MAX_AUTHORS) shown.push('et al.');
  return endSentence(shown.join(', '));
}

/** Short author label for previews: "Dolotov", "Dolotov and Karpenko", "Dolotov et al.". */
function shortAuthors(authors: Reference['author']): string | undefined {
  const names = (authors ?? []).map((p) => p.literal ?? p.family).filter((n): n is string => Boolean(n));
  if (!names.length) return undefined;
  if (names.length === 1) return names[0];
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  return `${names[0]} et al.`;
}

/** The year of publication as the record gives it, or "n.d." (no date); never guessed. */
export function formatYear(issued: Reference['issued']): string {
  const year = issued?.['date-parts']?.[0]?.[0];
  return year === undefined || year === '' ? 'n.d.' : String(year);
}

/** "1117(1):54-60" from volume, issue and pages; whatever parts the record has. */
function formatLocator(record: Reference): string {
  let locator = record.volume ?? '';
  if (record.issue) locator += `(${record.issue})`;
  if (record.page) locator += locator ? `:${record.page}` : record.page;
  return locator;
}

/** Journal or site, then (for theses and reports) genre and publisher, each as its own sentence. */
function formatContainer(record: Reference): string[] {
  const publisher = [record.publisher, record['publisher-place']].filter(Boolean).join(', ');
  const authors = new Set((record.author ?? []).map(personName));
  const parts = [record['container-title'], record.genre, publisher].filter((p): p is string => Boolean(p));
  // An organisation that is both author and publisher (WADA's list) is named once, as the author.
  return parts.filter((part, i) => parts.indexOf(part) === i && !authors.has(part));
}

/** "Brain Research. 2006;1117(1):54-60." in the Vancouver order medical readers know. */
function formatSource(record: Reference, year: string): string {
  const container = formatContainer(record).map(endSentence);
  const locator = formatLocator(record);
  let when = locator ? `${year};${locator}` : year;
  if (record.number && record.type !== 'article-journal') when += `. No. ${record.number}`;
  return [...container, endSentence(when)].join(' ');
}

/**
 * The language of the title when it is not English, for a lang attribute (WCAG 3.1.2). `language` is
 * the language of the publication: most Russian papers carry an English title (often [bracketed] by
 * PubMed), so the attribute is set only when the title is written in another script, e.g. Cyrillic.
 */
function titleLanguage(record: Reference): string | undefined {
  if (!record.language || record.language === 'en') return undefined;
  return /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u.test(record.title)
    ? record.language
    : undefined;
}

/** Host name of a URL without "www.", as a link text that says where the link goes. */
function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** A PubMed link when the record has a PMID, a DOI link when it has a DOI, else its URL. */
export function referenceLinks(record: Reference): ReferenceLink[] {
  const links: ReferenceLink[] = [];
  if (record.PMID) {
    links.push({
      kind: 'pubmed',
      href: `https://pubmed.ncbi.nlm.nih.gov/${record.PMID}/`,
      text: `PubMed ${record.PMID}`,
    });
  }
  if (record.DOI) {
    // encodeURI keeps the DOI's slashes and escapes the characters (<, >, #, spaces) some DOIs have.
    links.push({ kind: 'doi', href: `https://doi.org/${encodeURI(record.DOI)}`, text: `doi:${record.DOI}` });
  }
  if (!links.length && record.URL) links.push({ kind: 'url', href: record.URL, text: hostOf(record.URL) });
  return links;
}

/** Everything a reader sees of one reference, in parts that the notes and the references page lay out. */
export function formatReference(record: Reference): FormattedReference {
  const authors = formatAuthors(record.author);
  const title = endSentence(record.title);
  const year = formatYear(record.issued);
  const source = formatSource(record, year);
  const evidenceLabel = SOURCE_KIND_LABELS[record.evidence].one;
  const who = shortAuthors(record.author);
  const container = formatContainer(record)[0];
  const tail = [container ? endSentence(container) : undefined, `${evidenceLabel}.`]
    .filter(Boolean)
    .join(' ');
  const preview = who
    ? { lead: `${who} (${year}).`, title, tail }
    : { lead: '', title: record.title.trim(), tail: `(${year}). ${tail}` };
  return {
    id: record.id,
    authors,
    title,
    titleLang: titleLanguage(record),
    source,
    links: referenceLinks(record),
    evidenceLabel,
    preview,
    text: [authors, title, source].filter(Boolean).join(' '),
  };
}

/** One group of the /references/ page: a kind of evidence and its records, formatted. */
export interface EvidenceGroup {
  kind: ReferenceKind;
  /** Plural label for the heading: "Animal studies". */
  label: string;
  references: { reference: FormattedReference; record: Reference }[];
}

/**
 * Records grouped by kind of evidence in SOURCE_KIND_LIST_ORDER (empty groups left out), and inside a group
 * in alphabetical order of the printed reference, as a reader scanning for an author expects.
 */
export function groupByEvidence(records: readonly Reference[]): EvidenceGroup[] {
  return SOURCE_KIND_LIST_ORDER.map((kind) => ({
    kind,
    label: SOURCE_KIND_LABELS[kind].many,
    references: records
      .filter((record) => record.evidence === kind)
      .map((record) => ({ reference: formatReference(record), record }))
      .sort((a, b) => a.reference.text.localeCompare(b.reference.text, 'en')),
  })).filter((group) => group.references.length > 0);
}
