/**
 * What a page's link-preview (Open Graph) image shows and where it is served. Pure, so that the
 * head tags can describe an image without loading the renderer (src/lib/renderOgImage.ts).
 */
import { longDay } from './dates';
import { FINDING_LEVEL_LABELS } from './evidence';
import { EVIDENCE_LEVELS, type EvidenceLevel, type Finding } from './schemas';

/** Size recommended by Facebook, LinkedIn and X for large link previews (1.91:1). */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** Where a section's preview image is served, from its content id. */
export function ogImagePath(sectionId: string): string {
  return `/og/${sectionId}.png`;
}

/**
 * One line that says how strong the evidence on a page is, from its graded findings, e.g.
 * "Best evidence for the 6 graded findings: small human trials (2), animal studies only (4)".
 * Undefined for a page without graded findings, so the image falls back to the description.
 */
export function summariseEvidence(findings: readonly Pick<Finding, 'level'>[]): string | undefined {
  if (findings.length === 0) return undefined;
  const counts = new Map<EvidenceLevel, number>();
  for (const { level } of findings) counts.set(level, (counts.get(level) ?? 0) + 1);
  // The same words as the label under each heading (src/lib/evidence.ts), strongest level first.
  const parts = EVIDENCE_LEVELS.filter((level) => counts.has(level)).map(
    (level) => `${FINDING_LEVEL_LABELS[level].toLowerCase()} (${counts.get(level)})`,
  );
  const what = findings.length === 1 ? 'the one graded finding' : `the ${findings.length} graded findings`;
  return `Best evidence for ${what}: ${parts.join(', ')}`;
}

export interface OgImageInput {
  /** Site name, shown small above the title. */
  siteName: string;
  /** The section's h1. */
  title: string;
  /** The evidence summary, or the page description when the page grades no findings. */
  summary: string;
  /** Date the page was last reviewed, as the page writes it: "25 November 2026". */
  reviewed: string;
}

/** The facts a section's image is drawn from. */
export interface OgSection {
  id: string;
  data: {
    title: string;
    description: string;
    lastReviewed: Date;
    findings: readonly Pick<Finding, 'level'>[];
  };
}

/** What the image of a section shows: its title and evidence summary (else its description). */
export function ogImageInput(siteName: string, section: OgSection): OgImageInput {
  const { title, description, lastReviewed, findings } = section.data;
  return {
    siteName,
    title,
    summary: summariseEvidence(findings) ?? description,
    reviewed: longDay(lastReviewed),
  };
}

/** A preview image as the head tags declare it. */
export interface OgImageRef {
  /** URL path, e.g. "/og/uses.png". */
  path: string;
  width: number;
  height: number;
  /** Text alternative: what the image says. */
  alt: string;
}

/** The image of a section as the head tags declare it: path, size and a text alternative. */
export function ogImageOf(siteName: string, section: OgSection): OgImageRef {
  const { title, summary, reviewed } = ogImageInput(siteName, section);
  return {
    path: ogImagePath(section.id),
    ...OG_IMAGE_SIZE,
    // The alt text says what the image says, in the order it says it.
    alt: `${siteName}: ${title}. ${summary.replace(/[.!?]$/, '')}. Last reviewed ${reviewed}.`,
  };
}

/** A page that is not a section (glossary, references, an explorer view, ...), as its head tags describe it. */
export interface OgPage {
  /** URL path, e.g. "/glossary/". */
  path: string;
  /** The page's own title (og:title). */
  title: string;
  description: string;
}

/** Where a page's own preview image is served: "/evidence/level/animal/" -> "/og/pages/evidence-level-animal.png". */
export function pageOgImagePath(path: string): string {
  return `/og/pages/${path.replace(/^\/+|\/+$/g, '').replaceAll('/', '-')}.png`;
}

/**
 * What the image of a page shows: its title and description, and the guide's newest review date
 * (such a page is built from the whole guide; the sitemap gives it the same date).
 */
export function ogPageImageInput(siteName: string, page: OgPage, reviewed: Date): OgImageInput {
  return { siteName, title: page.title, summary: page.description, reviewed: longDay(reviewed) };
}

/** The image of a page as the head tags declare it (drawn after the build by src/integrations/page-images.ts). */
export function ogPageImageOf(siteName: string, page: OgPage, reviewed: Date): OgImageRef {
  const { title, summary } = ogPageImageInput(siteName, page, reviewed);
  return {
    path: pageOgImagePath(page.path),
    ...OG_IMAGE_SIZE,
    alt: `${siteName}: ${title}. ${summary.replace(/[.!?]$/, '')}. Last reviewed ${longDay(reviewed)}.`,
  };
}
