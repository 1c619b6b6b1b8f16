/**
 * Ids that links rely on: unique on their page, guessable, and lasting.
 * - Two elements with one id (a heading whose slug equals an explicit id, an author's own
 *   "## References" next to the generated one): a link lands on the first only.
 * - Two headings with the same text: the slugger calls the second "x-1", an id no one can guess or
 *   keep stable; give one of them an explicit id.
 * - An id listed in tests/anchors.json that is gone (renamed without an anchorAliases entry): links
 *   shared before the rename would land at the top of the page.
 */
import { toString } from 'hast-util-to-string';
import { elements, problemAt, type BuiltSite, type Problem } from './site';

const HEADING = /^h[1-6]$/;

/** Text of a heading as a reader sees it, without the "Copy link" controls added around it. */
const headingText = (text: string) => text.replace(/\s+/g, ' ').trim();

export function checkIds(site: BuiltSite): Problem[] {
  const problems: Problem[] = [];
  for (const page of site.pages) {
    const byId = new Map<string, string[]>();
    const headings = new Map<string, string[]>();
    for (const element of elements(page.tree)) {
      const id = element.properties?.id;
      const isHeading = HEADING.test(element.tagName);
      if (typeof id === 'string') {
        byId.set(id, [
          ...(byId.get(id) ?? []),
          isHeading ? headingText(toString(element)) : `<${element.tagName}>`,
        ]);
      }
      if (isHeading && typeof id === 'string') {
        const text = headingText(toString(element));
        const same = headings.get(text.toLowerCase()) ?? [];
        headings.set(text.toLowerCase(), [...same, id]);
        // Same text and same id is reported below as a duplicate id.
        if (same.length && !same.includes(id)) {
          problems.push(
            problemAt(
              page,
              `two headings read "${text}" (#${same[0]} and #${id}): give one an explicit id, e.g. {/* #my-id */}`,
              [`# ${text}`],
              same.length + 1,
            ),
          );
        }
      }
    }
    for (const [id, owners] of byId) {
      if (owners.length < 2) continue;
      problems.push(
        problemAt(
          page,
          `id "${id}" is used ${owners.length} times (${owners.join(', ')}); ids must be unique on a page`,
          [
            `#${id} */}`,
            ...owners.filter((owner) => !owner.startsWith('<')).map((text) => `# ${text}`),
            `id="${id}"`,
          ],
        ),
      );
    }
  }
  return problems;
}

/**
 * Anchors of tests/anchors.json ({ "/uses/": ["stroke", ...] }) that no element of their page
 * carries any more (an anchorAliases entry keeps an old id on the page).
 */
export function checkListedAnchors(
  site: BuiltSite,
  anchors: Record<string, string[]>,
  listFile: string,
): Problem[] {
  const problems: Problem[] = [];
  for (const [path, ids] of Object.entries(anchors)) {
    const page = site.pages.find((candidate) => candidate.path === path);
    if (!page) {
      problems.push({ file: listFile, message: `${path} is listed but was not built` });
      continue;
    }
    const present = new Set(elements(page.tree).map((element) => element.properties?.id));
    for (const id of ids.filter((listed) => !present.has(listed))) {
      problems.push(
        problemAt(
          page,
          `#${id} is gone, but links to ${path}#${id} may be shared (${listFile}); keep it with anchorAliases: { ${id}: new-id } in the frontmatter`,
          ['anchorAliases', 'title:'],
        ),
      );
    }
  }
  return problems;
}
