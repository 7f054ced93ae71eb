/// <reference lib="dom" />
// How much of the printed height each part of the CV takes, measured in the browser: the page is
// laid out in print media at the width the paper leaves between its @page margins.
import type { Page } from 'playwright-core';
import type { Paper } from './print';

export interface PartHeight {
  /** "header" (name, contact, summary) or a section's key, as `sections` and `hide` take it. */
  part: string;
  /** Its share of the whole height, 0 to 1. */
  share: number;
  /** Its height in pages of the paper's printable height. */
  pages: number;
}

/** Paper sizes in CSS pixels (96 per inch). */
const PAPER_PX: Record<Paper, { width: number; height: number }> = {
  a4: { width: (210 / 25.4) * 96, height: (297 / 25.4) * 96 },
  letter: { width: 8.5 * 96, height: 11 * 96 },
};

/** The theme's page margins (custom properties read by its @page rule), in CSS pixels. */
function pageMarginsInPage(): { block: number; inline: number } {
  const root = getComputedStyle(document.documentElement);
  const probe = document.createElement('div');
  probe.style.cssText = 'position:absolute;visibility:hidden;inline-size:0;block-size:0';
  document.body.append(probe);
  const toPx = (length: string): number => {
    probe.style.blockSize = length.trim() || '0';
    return probe.getBoundingClientRect().height;
  };
  const margins = {
    block: toPx(root.getPropertyValue('--page-margin-block')),
    inline: toPx(root.getPropertyValue('--page-margin-inline')),
  };
  probe.remove();
  return margins;
}

/** Heights of the header and of each section, each up to where the next part starts. */
function partHeightsInPage(): { part: string; height: number }[] {
  const cv = document.querySelector('.cv');
  if (!cv) return [];
  const sections = Array.from(cv.querySelectorAll<HTMLElement>(':scope > .cv-section'));
  const top = cv.getBoundingClientRect().top;
  const bottom = cv.getBoundingClientRect().bottom;
  const starts = [top, ...sections.map((section) => section.getBoundingClientRect().top)];
  const names = ['header', ...sections.map((section) => section.id)];
  return names.map((part, index) => ({ part, height: (starts[index + 1] ?? bottom) - (starts[index] ?? top) }));
}

/** Largest first. The page must already be in print media. */
export async function measureParts(page: Page, paper: Paper): Promise<PartHeight[]> {
  const margins = await page.evaluate(pageMarginsInPage);
  const size = PAPER_PX[paper];
  await page.setViewportSize({ width: Math.round(size.width - 2 * margins.inline), height: Math.round(size.height) });
  const heights = await page.evaluate(partHeightsInPage);
  const total = heights.reduce((sum, { height }) => sum + height, 0) || 1;
  const printable = size.height - 2 * margins.block;
  return heights
    .filter(({ height }) => height > 0)
    .map(({ part, height }) => ({ part, share: height / total, pages: height / printable }))
    .sort((a, b) => b.share - a.share);
}
