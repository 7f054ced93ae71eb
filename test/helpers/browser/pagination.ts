/// <reference lib="dom" />
// Where Chromium's print layout puts each entry, read back from the PDF it prints.
//
// Measuring boxes on a print-emulated screen cannot show page breaks (the screen is one endless page,
// and break-inside changes the layout once there are pages). So each .entry gets two invisible
// links, absolutely positioned at its top and its bottom edge. Chromium writes every link as a link
// annotation on the page where its box is painted; an absolutely positioned box at bottom: 0 is
// painted in the entry's last fragment. An entry is split when its two markers land on different pages.
import type { Page } from 'playwright-core';
import { readPdf } from './pdf';

const MARKER_HOST = 'entry-marker.invalid';

/**
 * Adds the markers; layout does not change (absolute, 1 px, inside a position: relative entry). An
 * entry that holds entries of its own (roles, groups) may break between them: its entries are marked.
 */
export async function markEntries(page: Page): Promise<number> {
  return page.evaluate((host) => {
    const entries = Array.from(document.querySelectorAll<HTMLElement>('.entry:not(:has(> .roles))'));
    entries.forEach((entry, index) => {
      entry.style.position = 'relative';
      for (const edge of ['top', 'bottom']) {
        const marker = document.createElement('a');
        marker.href = `https://${host}/${index}/${edge}`;
        marker.setAttribute('aria-hidden', 'true');
        marker.style.cssText = `position:absolute;${edge}:0;left:0;display:block;width:1px;height:1px;color:transparent`;
        entry.append(marker);
      }
    });
    return entries.length;
  }, MARKER_HOST);
}

export interface EntryPages {
  /** Page index (0-based) of each entry's top and bottom edge. */
  entries: { index: number; top?: number; bottom?: number }[];
  split: number[];
  /** Links other than the markers, page by page. */
  linksByPage: string[][];
  pageCount: number;
}

export async function entryPages(pdfBytes: Uint8Array, entryCount: number): Promise<EntryPages> {
  const pdf = await readPdf(pdfBytes);
  const entries = Array.from({ length: entryCount }, (_, index) => ({ index }) as EntryPages['entries'][number]);
  const marker = new RegExp(`^https://${MARKER_HOST.replace(/\./g, '\\.')}/(\\d+)/(top|bottom)$`);
  pdf.linksByPage.forEach((uris, pageIndex) => {
    for (const uri of uris) {
      const match = marker.exec(uri);
      const entry = match && entries[Number(match[1])];
      if (entry) entry[match[2] as 'top' | 'bottom'] = pageIndex;
    }
  });
  return {
    entries,
    split: entries.filter((entry) => entry.top !== entry.bottom).map((entry) => entry.index),
    linksByPage: pdf.linksByPage.map((uris) => uris.filter((uri) => !marker.test(uri))),
    pageCount: pdf.pageCount,
  };
}
