/**
 * Content collections. The schemas themselves (with a comment on every field) are in
 * src/lib/schemas.ts, where unit tests can reach them without booting Astro.
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { readJsonFile } from './lib/contentFiles';
import {
  changeSchema,
  glossaryEntrySchema,
  pageSchema,
  parseGlossary,
  parseReferences,
  referenceSchema,
  sectionSchema,
} from './lib/schemas';

/** The article: one MDX file per section, overview first. */
const sections = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/sections' }),
  schema: sectionSchema,
});

/** Stand-alone pages outside the article's reading order (the clinician handout). */
const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/pages' }),
  schema: pageSchema,
});

/**
 * Loads a JSON list through a validating parser of ours. We use this instead of Astro's file()
 * loader because file() silently keeps the last of two entries with the same id; our parsers
 * (src/lib/schemas.ts) fail the build and name the file, the entry and the field.
 */
function validatedJsonLoader(file: string, parse: (file: string, raw: unknown) => { id: string }[]): Loader {
  return {
    name: `validated-json:${file}`,
    load: async ({ store, parseData, watcher }) => {
      watcher?.add(file);
      const raw = readJsonFile(file);
      store.clear();
      for (const entry of parse(file, raw)) {
        const data = await parseData({ id: entry.id, data: entry as unknown as Record<string, unknown> });
        store.set({ id: entry.id, data });
      }
    },
  };
}

/** The verified bibliography. */
const references = defineCollection({
  loader: validatedJsonLoader('content/references.json', parseReferences),
  schema: referenceSchema,
});

/**
 * Terms and short definitions, for /glossary/ (the glossary rehype plugin reads the same file
 * through parseGlossary in astro.config.mjs). A word claimed by two terms also fails the build.
 */
const glossary = defineCollection({
  loader: validatedJsonLoader('content/glossary.json', parseGlossary),
  schema: glossaryEntrySchema,
});

/**
 * The changes log: one Markdown file per change, newest by date (src/lib/changes.ts). Shown on
 * /changes/, in the Atom feed /changes.xml and as "Updated" under each touched section's review date.
 */
const changes = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/changes' }),
  schema: changeSchema,
});

export const collections = { sections, pages, references, glossary, changes };
