/**
 * Content collections. The schemas themselves (with a comment on every field) are in
 * src/lib/schemas.ts, where unit tests can reach them without booting Astro.
 */
import { readFile } from 'node:fs/promises';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import {
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

const REFERENCES_FILE = 'content/references.json';

/**
 * The verified bibliography. A small loader of our own instead of Astro's file() loader, because
 * file() silently keeps the last of two records with the same id; this one fails the build and
 * names the file, the record and the field.
 */
function referencesLoader(): Loader {
  return {
    name: 'references-loader',
    load: async ({ store, parseData, watcher }) => {
      watcher?.add(REFERENCES_FILE);
      const raw = JSON.parse(await readFile(REFERENCES_FILE, 'utf8'));
      store.clear();
      for (const record of parseReferences(REFERENCES_FILE, raw)) {
        const data = await parseData({ id: record.id, data: record });
        store.set({ id: record.id, data });
      }
    },
  };
}

const references = defineCollection({
  loader: referencesLoader(),
  schema: referenceSchema,
});

const GLOSSARY_FILE = 'content/glossary.json';

/**
 * Terms and short definitions, for /glossary/ (the glossary rehype plugin reads the same file
 * through parseGlossary in astro.config.mjs). Same reason as the references for a loader of our
 * own: a duplicate id or a word claimed by two terms fails the build instead of being dropped.
 */
function glossaryLoader(): Loader {
  return {
    name: 'glossary-loader',
    load: async ({ store, parseData, watcher }) => {
      watcher?.add(GLOSSARY_FILE);
      const raw = JSON.parse(await readFile(GLOSSARY_FILE, 'utf8'));
      store.clear();
      for (const entry of parseGlossary(GLOSSARY_FILE, raw)) {
        const data = await parseData({ id: entry.id, data: entry });
        store.set({ id: entry.id, data });
      }
    },
  };
}

const glossary = defineCollection({
  loader: glossaryLoader(),
  schema: glossaryEntrySchema,
});

export const collections = { sections, pages, references, glossary };
