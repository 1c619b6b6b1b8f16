/**
 * Checks on the content files as bytes and text, before any parser sees them. Each check names the
 * file and the line (and column), because the parsers after us report these faults badly or not at
 * all: invalid UTF-8 in an MDX file came out as "No such file or directory", a JSON syntax error
 * did not name the file, and YAML turns `lastReviewed: 2026-02-30` into 2 March without a word.
 * astro.config.mjs runs checkContentFiles() first, so `npm run build` stops on the first of these.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { reviewDateProblem } from './schemas';

/** 1-based line and column of a character offset in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/**
 * Decodes a file as UTF-8, failing with the file, line and column of the first byte that is not
 * UTF-8 (the column counts the characters before it on that line).
 */
export function decodeUtf8(file: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    let start = 0;
    for (let line = 1; ; line++) {
      const end = bytes.indexOf(0x0a, start);
      const slice = bytes.subarray(start, end === -1 ? bytes.length : end);
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(slice);
      } catch {
        const column = new TextDecoder().decode(slice).indexOf('\uFFFD') + 1;
        throw new Error(
          `${file}:${line}:${column}: not valid UTF-8 (save the file as UTF-8; the bad byte is at column ${column})`,
        );
      }
      if (end === -1) throw new Error(`${file}: not valid UTF-8`);
      start = end + 1;
    }
  }
}

/** Parses JSON text, failing with the file, line and column of a syntax error. */
export function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message)?.[1];
    const where = position === undefined ? '' : lineColumn(text, Number(position));
    const at = where ? `:${where.line}:${where.column}` : '';
    throw new Error(`${file}${at}: invalid JSON: ${message.replace(/\s*\(line \d+ column \d+\)/, '')}`);
  }
}

/**
 * Reads a JSON file: UTF-8 and syntax errors name the file (as `name`, e.g. relative to the project),
 * the line and the column.
 */
export function readJsonFile(path: string, name = path): unknown {
  return parseJson(name, decodeUtf8(name, readFileSync(path)));
}

/** The frontmatter lines of an MDX file (between the first two "---" lines), with their line numbers. */
function frontmatterLines(text: string): { line: number; text: string }[] {
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') return [];
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  return lines.slice(1, end === -1 ? lines.length : end).map((line, i) => ({ line: i + 2, text: line }));
}

/** The line of a top-level frontmatter key, or undefined. */
export function frontmatterLine(text: string, key: string): number | undefined {
  return frontmatterLines(text).find((entry) => entry.text.startsWith(`${key}:`))?.line;
}

/**
 * Checks `lastReviewed` as written in an MDX file's frontmatter (YAML has already changed an
 * impossible day into another one by the time the schema sees a Date). Returns the problem, or null.
 */
export function reviewDateLiteralProblem(file: string, text: string, today?: string): string | null {
  const entry = frontmatterLines(text).find((line) => line.text.startsWith('lastReviewed:'));
  if (!entry) return null; // The schema reports a missing date.
  const value = entry.text
    .slice('lastReviewed:'.length)
    .replace(/\s+#.*$/, '')
    .trim()
    .replace(/^(['"])(.*)\1$/, '$2');
  const problem = reviewDateProblem(value, today);
  return problem ? `${file}:${entry.line}: lastReviewed: ${problem}` : null;
}

/**
 * Two sections with the same `order` would silently swap places in the navigation and the pager.
 * Returns one problem per clash, naming both files and the line of each `order`.
 */
export function sectionOrderProblems(files: { file: string; text: string }[]): string[] {
  const byOrder = new Map<unknown, string[]>();
  for (const { file, text } of files) {
    const { order } = parseFrontmatter(text).frontmatter as { order?: unknown };
    if (order === undefined) continue; // The schema reports it.
    const line = frontmatterLine(text, 'order');
    byOrder.set(order, [...(byOrder.get(order) ?? []), `${file}${line ? `:${line}` : ''}`]);
  }
  return [...byOrder]
    .filter(([, places]) => places.length > 1)
    .map(
      ([order, places]) =>
        `${places.join(' and ')}: order: ${String(order)} is given to ${places.length} sections; each section needs its own place in the navigation`,
    );
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

/**
 * Every check above over the content folder: all problems at once, one per line, in one error.
 * @param root the content folder (content/)
 */
export function checkContentFiles(root = 'content', today?: string): void {
  const problems: string[] = [];
  const sections: { file: string; text: string }[] = [];
  for (const file of walk(root).sort()) {
    if (!/\.(mdx?|json)$/.test(file)) continue;
    let text: string;
    try {
      text = decodeUtf8(file, readFileSync(file));
      if (file.endsWith('.json')) parseJson(file, text);
    } catch (error) {
      problems.push((error as Error).message);
      continue;
    }
    if (!file.endsWith('.json')) {
      const problem = reviewDateLiteralProblem(file, text, today);
      if (problem) problems.push(problem);
      if (file.startsWith(join(root, 'sections'))) sections.push({ file, text });
    }
  }
  problems.push(...sectionOrderProblems(sections));
  if (problems.length) throw new Error(`Content errors:\n${problems.join('\n')}`);
}
