/**
 * content/facts.json: the facts box of the overview (identifiers, forms, developer, history,
 * status). Each fact says how sure we are and names the bibliography records it rests on, which the
 * box shows as citation markers. The schema lives here, next to its only parser.
 */
import { z } from 'astro/zod';
import { formatIssues } from './schemas';

export const factSchema = z
  .object({
    /** Stable id, for error messages and tests. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be lower-case words joined by hyphens'),
    /** Row heading, e.g. "CAS number". */
    label: z.string().min(2).max(40),
    /** The fact itself, as printed. */
    value: z.string().min(2).max(200),
    /** Where it was seen and how sure that is ("the CAS registry itself was not seen"). */
    certainty: z.string().min(10).max(200),
    /** Ids of content/references.json records; the box shows them as citation markers. */
    sources: z
      .array(z.string().min(1))
      .min(1, 'a fact needs at least one source from content/references.json'),
  })
  .strict();
export type Fact = z.infer<typeof factSchema>;

/** Validates the whole file; throws naming the file, the fact and the field. */
export function parseFacts(file: string, data: unknown): Fact[] {
  if (!Array.isArray(data)) throw new Error(`${file}: (root): must be an array of facts`);
  const problems: string[] = [];
  const facts = data.flatMap((raw, index) => {
    const key = typeof raw?.id === 'string' ? raw.id : `#${index}`;
    const result = factSchema.safeParse(raw);
    if (!result.success) {
      problems.push(formatIssues(file, result.error, key));
      return [];
    }
    return [result.data];
  });
  if (problems.length) throw new Error(problems.join('\n'));
  return facts;
}
