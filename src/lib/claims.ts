/**
 * "Claims you'll see elsewhere" (/claims/): the claims readers bring from vendor, forum and nootropic
 * pages, each in our words with a one-line verdict, its kind of evidence and links to the headings of
 * the guide that give the evidence. The data is content/claims.json; this file reads and checks it, so
 * a malformed claim fails the build naming the file, the claim and the field. Whether each link lands
 * on a heading is checked on the built site (npm run check:links follows every #fragment).
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { EVIDENCE_LEVELS } from './schemas';

export const CLAIMS_FILE = 'content/claims.json';

const claimEvidence = z.enum([...EVIDENCE_LEVELS, 'regulatory']);

const claimSchema = z
  .object({
    /** Anchor of the claim on /claims/ (lowercase words joined by hyphens). */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be lowercase words joined by hyphens'),
    /** "likely-effective": one of the uses on the popular "likely effective for" list; else "other". */
    group: z.enum(['likely-effective', 'other']),
    /** The claim as readers meet it, in our words (never quoted from a page). */
    claim: z.string().min(10).max(120),
    /** One or two short sentences, written for grade 8 (tests/clients/readability.test.ts). */
    verdict: z.string().min(10).max(160),
    /** The strongest kind of evidence behind the claim. */
    evidence: claimEvidence,
    /** Headings of the guide with the evidence: site paths with a #fragment. */
    links: z
      .array(
        z
          .object({
            href: z.string().regex(/^\/(?:[a-z-]+\/)?#[a-z0-9-]+$/, 'href must be a path with a #heading id'),
            text: z.string().min(2),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type Claim = z.infer<typeof claimSchema>;

/** Validates the claims list; throws naming file, claim and field. 12 to 20 claims, unique ids. */
export function parseClaims(file: string, data: unknown): Claim[] {
  const list = z.array(z.unknown()).safeParse(data);
  if (!list.success) throw new Error(`${file}: must be a JSON array of claims`);
  const claims = list.data.map((item, index) => {
    const result = claimSchema.safeParse(item);
    if (!result.success) {
      const name = (item as { id?: unknown })?.id ?? `#${index + 1}`;
      const issue = result.error.issues[0]!;
      throw new Error(`${file}: claim "${String(name)}", field "${issue.path.join('.')}": ${issue.message}`);
    }
    return result.data;
  });
  if (claims.length < 12 || claims.length > 20)
    throw new Error(`${file}: ${claims.length} claims; 12 to 20 expected`);
  const seen = new Set<string>();
  for (const claim of claims) {
    if (seen.has(claim.id)) throw new Error(`${file}: claim "${claim.id}" appears twice`);
    seen.add(claim.id);
  }
  return claims;
}

/** Reads and validates content/claims.json (or a fixture). */
export function loadClaims(file = CLAIMS_FILE): Claim[] {
  return parseClaims(file, JSON.parse(readFileSync(file, 'utf8')));
}
