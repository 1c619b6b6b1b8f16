/**
 * A printed page read back: the text of each sheet of a PDF that Chromium made (page.pdf), read
 * with pdf.js, so that print tests check the real printout, not the screen.
 */
import type { Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of each sheet, its runs of white space folded to one space. */
export async function pdfPages(data: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(data) }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  return pages;
}

/**
 * Waits until the page's print stylesheet (/print/<page>.css, its margins) has loaded. With
 * JavaScript the page enables it after its load event (src/scripts/printSheet.ts), and a test that
 * prints the moment the page has loaded, as no reader does, could otherwise print before it arrives.
 */
export async function printSheetLoaded(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.styleSheets].some((sheet) => sheet.href?.includes('/print/')),
  );
}

/** The page printed (page.pdf, A4 unless told), once its print stylesheet is in: the text of each sheet. */
export async function printPages(page: Page, options: Parameters<Page['pdf']>[0] = {}): Promise<string[]> {
  await printSheetLoaded(page);
  return pdfPages(await page.pdf({ format: 'A4', ...options }));
}
