/**
 * Zod schemas for the site's content. They live outside content.config.ts so that unit tests can
 * run them on fixtures without booting Astro; content.config.ts wires them to the collections.
 */
import { z } from 'astro/zod';

/** Strength of the best evidence behind a finding, weakest last. Shown as a label and in tables. */
export const EVIDENCE_LEVELS = ['small-human', 'animal', 'cell', 'none'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/** A stable, human-readable fragment id: lower case words joined by hyphens. */
const anchor = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. "stroke-recovery"')
  .max(40, 'must be at most 40 characters so shared links stay short');

/** One graded finding (a potential use or a mechanism) that a section discusses under its own heading. */
export const findingSchema = z.object({
  /** The id of the h2/h3 that discusses it, without "#". The heading must exist on the page. */
  anchor,
  /** Short name of the use or mechanism, as it appears in the overview table. */
  label: z.string().min(3).max(60),
  /** Strongest kind of evidence we found for it. */
  level: z.enum(EVIDENCE_LEVELS),
  /** One-line verdict in plain English for the overview table. */
  verdict: z.string().min(10).max(160),
  /**
   * Ids of the content/references.json records the verdict rests on. The table shows them as
   * citation markers and computes the people studied from their `participants` fields.
   */
  sources: z
    .array(z.string().min(1))
    .min(
      1,
      'a finding needs at least one source: ids of content/references.json records its verdict rests on',
    ),
});
export type Finding = z.infer<typeof findingSchema>;

/**
 * Today's date (UTC) as YYYY-MM-DD; a function so that tests can fix the clock. Written out rather
 * than taken from src/lib/dates.ts: this module also runs on plain Node (npm run references:sync),
 * whose type stripping resolves no extension-less import.
 */
const todayIso = () => new Date().toISOString().slice(0, 10);

/**
 * Checks a review date written as YYYY-MM-DD: a real calendar day (2026-02-30 is not one) that is not
 * in the future. Returns the problem in words, or null. One day ahead of UTC is allowed, because an
 * editor east of Greenwich may already be on tomorrow's date.
 */
export function reviewDateProblem(value: string, today = todayIso()): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return `must be a date written YYYY-MM-DD, e.g. 2026-11-25 (got "${value}")`;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return `${value} is not a day of the calendar`;
  }
  const tomorrow = new Date(Date.parse(today) + 86_400_000).toISOString().slice(0, 10);
  if (value > tomorrow)
    return `${value} is in the future (today is ${today}): give the day of the last review`;
  return null;
}

/**
 * The date content was last checked against its sources. YAML turns an unquoted 2026-11-25 into a
 * Date before the schema sees it (and 2026-02-30 into 2 March, silently), so a Date is accepted
 * only at midnight UTC, i.e. as YAML makes it from a bare date; src/lib/contentFiles.ts checks the
 * date as written in the file, where an impossible day is still visible. z.coerce.date() said only
 * "expected date, received Date" for a missing or unparseable value.
 */
export const reviewDate = z.unknown().transform((value, ctx): Date => {
  const fail = (message: string) => {
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  };
  if (value === undefined || value === null || value === '') {
    return fail('is required: the day (YYYY-MM-DD) the content was last checked against its sources');
  }
  let written: string;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return fail('must be a date written YYYY-MM-DD');
    written = value.toISOString();
    if (!written.endsWith('T00:00:00.000Z'))
      return fail(`must be a day written YYYY-MM-DD, without a time (got ${written})`);
    written = written.slice(0, 10);
  } else if (typeof value === 'string') {
    written = value.trim();
  } else {
    return fail(`must be a date written YYYY-MM-DD (got ${JSON.stringify(value)})`);
  }
  const problem = reviewDateProblem(written);
  return problem ? fail(problem) : new Date(`${written}T00:00:00.000Z`);
});

/** Frontmatter of one section file in content/sections/. */
export const sectionSchema = z
  .object({
    /** The page's h1. */
    title: z.string().min(3, 'title is required').max(90),
    /** The <title> of the page for search results: 30-65 characters, most specific words first. */
    headTitle: z
      .string()
      .min(30, 'headTitle must be at least 30 characters')
      .max(65, 'headTitle must be at most 65 characters (search engines cut longer titles)'),
    /** Meta description for search results and link previews: 50-160 characters. */
    description: z
      .string()
      .min(50, 'description must be at least 50 characters')
      .max(160, 'description must be at most 160 characters (search engines cut longer ones)'),
    /** Position in the navigation and in previous/next links (1 = first). */
    order: z.number().int().min(1),
    /** Short label for the navigation bar (one or two words). */
    navLabel: z.string().min(2).max(20),
    /** Date the content was last checked against the sources (YYYY-MM-DD, a real day, not in the future). */
    lastReviewed: reviewDate,
    /** Graded findings discussed on this page, in the order they appear. */
    findings: z.array(findingSchema).default([]),
    /** Renamed heading ids: old id -> current id, so that links shared before the rename still work. */
    anchorAliases: z.record(anchor, anchor).default({}),
  })
  .strict();
export type SectionData = z.infer<typeof sectionSchema>;

/** Frontmatter of a stand-alone page in content/pages/ (the clinician handout). */
export const pageSchema = z
  .object({
    /** The page's h1. */
    title: z.string().min(3, 'title is required').max(90),
    /** The <title> for search results: 30-65 characters. */
    headTitle: z.string().min(30).max(65),
    /** Meta description: 50-160 characters. */
    description: z.string().min(50).max(160),
    /** Date the content was last checked against the sources (YYYY-MM-DD, a real day, not in the future). */
    lastReviewed: reviewDate,
    /** Renamed ids (headings, claims): old id -> current id, so that links shared before still work. */
    anchorAliases: z.record(anchor, anchor).default({}),
  })
  .strict();

/**
 * Frontmatter of one entry of the changes log (content/changes/*.md); the body says, in plain words,
 * what changed and why. That every section and claim named here exists is checked against the
 * compiled article by checkChanges() in src/lib/changes.ts, which fails the build naming the file.
 */
export const changeSchema = z
  .object({
    /** Day the change was published (YYYY-MM-DD); required, so the log and the feed can be ordered. */
    date: z.coerce.date({ error: 'date is required (YYYY-MM-DD)' }),
    /** One-line summary: the entry's heading on /changes/ and its title in the feed. */
    title: z.string().min(10, 'title is required (at least 10 characters)').max(120),
    /** Ids of the sections it touches (file names in content/sections/ without ".mdx"); at least one. */
    sections: z.array(z.string().min(1)).min(1, 'sections must name at least one section'),
    /**
     * Cited paragraphs it touches, as "section#anchor" (e.g. "uses#claim-dpkjmab"): each must be a
     * claim anchor of that section as built now, or one of its anchorAliases.
     */
    claims: z
      .array(z.string().regex(/^[a-z0-9-]+#claim-[a-z0-9]+$/, 'claims look like "uses#claim-dpkjmab"'))
      .default([]),
  })
  .strict();
export type ChangeData = z.infer<typeof changeSchema>;

/** Kinds of evidence a bibliography record can be. */
export const REFERENCE_KINDS = [
  'cell',
  'animal',
  'human-trial',
  'human-observational',
  'review',
  'regulatory',
  /** An encyclopedia entry or a developer's own web page: context, neither evidence nor a regulator's word. */
  'website',
] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

const person = z.object({
  family: z.string().optional(),
  given: z.string().optional(),
  literal: z.string().optional(),
});

/** One record of content/references.json: CSL-JSON plus our editorial fields. */
export const referenceSchema = z
  .object({
    /** Citation key writers use in MDX (the syntax is in src/lib/citations.ts). */
    id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/i, 'id must be letters, digits, hyphens and underscores'),
    /** CSL item type (article-journal, webpage, ...). */
    type: z.string().min(1),
    /** Title of the work as published (English title for Russian papers). */
    title: z.string().min(5, 'title is required'),
    /** Authors in published order; may be absent for web pages. */
    author: z.array(person).optional(),
    /** Journal or website name. */
    'container-title': z.string().optional(),
    /** Abbreviated journal name. */
    'container-title-short': z.string().optional(),
    /** Publisher and its place, for books, theses and web pages. */
    publisher: z.string().optional(),
    'publisher-place': z.string().optional(),
    /** Genre (e.g. thesis type) and document number, for non-journal items. */
    genre: z.string().optional(),
    number: z.string().optional(),
    /** Publication date as CSL date-parts; absent when the source gives none ("n.d."). */
    issued: z.object({ 'date-parts': z.array(z.array(z.union([z.number(), z.string()]))) }).optional(),
    volume: z.string().optional(),
    issue: z.string().optional(),
    page: z.string().optional(),
    /** PubMed id, digits only. */
    PMID: z
      .string()
      .regex(/^[1-9]\d{0,8}$/, 'PMID must be digits only (e.g. "16996037")')
      .optional(),
    /**
     * DOI without the https://doi.org/ prefix: "10.", a registrant code of 4-9 digits, "/", a suffix
     * (the pattern Crossref recommends for the DOIs it registers). "10.x" would become dead links.
     */
    DOI: z
      .string()
      .regex(
        /^10\.\d{4,9}\/\S+$/,
        'DOI must be "10.", a registrant code of 4-9 digits, "/" and a suffix, e.g. "10.1007/s10517-006-0113-5", without https://doi.org/',
      )
      .optional(),
    /** PubMed Central id (PMC...). */
    PMCID: z.string().optional(),
    /**
     * Stable web address of the record: https, or http where the source is published only so. Any
     * other scheme (javascript:, data:, file:) would be written into the pages and the exports.
     */
    URL: z
      .url({
        protocol: /^https?$/,
        hostname: z.regexes.domain,
        error: 'URL must be an absolute https:// (or http://) address with a domain name',
      })
      .optional(),
    /** Language of the publication (ISO code). */
    language: z.string().optional(),
    /** Kind of evidence: decides the label shown next to the reference. */
    evidence: z.enum(REFERENCE_KINDS),
    /** Factual summary of the study design, in our words. */
    design: z.string().min(10),
    /** Claim numbers of the editorial brief that this record supports. */
    claims: z.array(z.number().int().positive()),
    /** What is confirmed and what is not: read before citing. */
    note: z.string().optional(),
    /** How the metadata was checked. */
    verification: z.string().optional(),
    /** Where the metadata was checked (kept for the editors, not shown). */
    verified_by: z.array(z.string()).optional(),
    /** Who or what was studied, in a few words ("rats", "patients after ischemic stroke"); ours, from `design`. */
    population: z.string().max(40).optional(),
    /** Human participants in total (all groups), only where `design` gives one unambiguous number; ours. */
    participants: z.number().int().positive().optional(),
    /** Of `participants`, how many were given Semax, where `design` says so; ours. */
    participantsTreated: z.number().int().positive().optional(),
    /** Why `participants` (or `participantsTreated`) is left out of a human study (e.g. "sample size reported inconsistently"). */
    participantsNote: z.string().optional(),
    /** Whether an author belongs to the group that developed Semax. */
    developerNetwork: z.enum(['yes', 'no', 'unknown']),
  })
  .refine((r) => Boolean(r.PMID || r.DOI || r.URL), {
    message: 'a reference needs a PMID, a DOI or a URL so readers can check it',
    path: ['PMID'],
  });
export type Reference = z.infer<typeof referenceSchema>;

/**
 * Formats a zod error as one line per problem, naming the file, the record (when there is one)
 * and the field, so a writer knows exactly what to fix.
 */
export function formatIssues(file: string, error: z.ZodError, record?: string): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.length ? issue.path.join('.') : '(root)';
      return `${file}${record ? ` [${record}]` : ''}: ${field}: ${issue.message}`;
    })
    .join('\n');
}

/** Validates frontmatter of one section file; throws an error naming the file and the field. */
export function parseSection(file: string, data: unknown): SectionData {
  const result = sectionSchema.safeParse(data);
  if (!result.success) throw new Error(formatIssues(file, result.error));
  return result.data;
}

/**
 * Validates the whole bibliography: every record against the schema, and ids unique.
 * Throws one error listing every problem with the file, the record id and the field.
 */
export function parseReferences(file: string, data: unknown): Reference[] {
  if (!Array.isArray(data)) throw new Error(`${file}: (root): must be an array of CSL-JSON records`);
  const problems: string[] = [];
  const seen = new Set<string>();
  const records: Reference[] = [];
  data.forEach((raw, index) => {
    const key = typeof raw?.id === 'string' ? raw.id : `#${index}`;
    const result = referenceSchema.safeParse(raw);
    if (!result.success) {
      problems.push(formatIssues(file, result.error, key));
      return;
    }
    if (seen.has(result.data.id)) problems.push(`${file} [${key}]: id: duplicate reference id "${key}"`);
    seen.add(result.data.id);
    records.push(result.data);
  });
  if (problems.length) throw new Error(problems.join('\n'));
  return records;
}

/** One entry of content/glossary.json: a term readers may not know, with a short plain definition. */
export const glossaryEntrySchema = z
  .object({
    /** Fragment id of the term on /glossary/ (e.g. "bdnf" for /glossary/#bdnf). */
    id: anchor,
    /** The term as it is usually written in the article, e.g. "BDNF" or "placebo". */
    term: z.string().min(2, 'term is required').max(60),
    /** Other ways the article may write the same term (full name, spelling variants); each is matched too. */
    aliases: z.array(z.string().min(2).max(80)).optional(),
    /** One or two plain sentences shown when a reader hovers or focuses the term; at most 220 characters. */
    definition: z
      .string()
      .min(20, 'definition must be at least 20 characters')
      .max(220, 'definition must be at most 220 characters: one or two plain sentences'),
  })
  .strict();
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/**
 * Validates the whole glossary: every entry against the schema, ids unique, and no word (term or
 * alias, ignoring case) claimed by two entries, because the glossary plugin could not tell which
 * definition a reader meant. Throws one error listing every problem.
 */
export function parseGlossary(file: string, data: unknown): GlossaryEntry[] {
  if (!Array.isArray(data)) throw new Error(`${file}: (root): must be an array of glossary entries`);
  const problems: string[] = [];
  const ids = new Set<string>();
  const owners = new Map<string, string>();
  const entries: GlossaryEntry[] = [];
  data.forEach((raw, index) => {
    const key = typeof raw?.id === 'string' ? raw.id : `#${index}`;
    const result = glossaryEntrySchema.safeParse(raw);
    if (!result.success) {
      problems.push(formatIssues(file, result.error, key));
      return;
    }
    const entry = result.data;
    if (ids.has(entry.id)) problems.push(`${file} [${key}]: id: duplicate glossary id "${key}"`);
    ids.add(entry.id);
    for (const word of [entry.term, ...(entry.aliases ?? [])]) {
      const owner = owners.get(word.toLowerCase());
      if (owner && owner !== entry.id) {
        problems.push(`${file} [${key}]: aliases: "${word}" is already a term or alias of "${owner}"`);
      }
      owners.set(word.toLowerCase(), entry.id);
    }
    entries.push(entry);
  });
  if (problems.length) throw new Error(problems.join('\n'));
  return entries;
}
