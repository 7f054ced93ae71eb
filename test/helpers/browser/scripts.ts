/// <reference lib="dom" />
// In-page measurements for right-to-left and non-Latin pages: where characters are drawn, and
// which characters would be drawn as "tofu" (the empty box of a font without that glyph).
import type { Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';

/**
 * The horizontal centre of each character of `needle` (UTF-16 units), found in the text of the first
 * element matching `selector` that contains it, across its descendant text nodes.
 */
export function characterCentres(page: Page, selector: string, needle: string): Promise<number[]> {
  return page.evaluate(
    ({ selector, needle }) => {
      const element = Array.from(document.querySelectorAll(selector)).find((candidate) => candidate.textContent?.includes(needle));
      if (!element) throw new Error(`No ${selector} contains ${needle}`);
      const nodes: [Text, number][] = [];
      let text = '';
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        nodes.push([walker.currentNode as Text, text.length]);
        text += (walker.currentNode as Text).data;
      }
      const start = text.indexOf(needle);
      return Array.from({ length: needle.length }, (_, index) => {
        const at = start + index;
        const [node, offset] = nodes.filter(([, nodeStart]) => nodeStart <= at).pop() as [Text, number];
        const range = document.createRange();
        range.setStart(node, at - offset);
        range.setEnd(node, at - offset + 1);
        const box = range.getBoundingClientRect();
        return box.left + box.width / 2;
      });
    },
    { selector, needle },
  );
}

/** True when each character is drawn to the right of the one before it. */
export function leftToRight(centres: number[]): boolean {
  return centres.every((x, index) => index === 0 || x > (centres[index - 1] ?? Infinity));
}

/**
 * The characters of `text` drawn in the computed font of `selector` as the font's missing-glyph box:
 * each character is drawn on a canvas and compared with an unassigned code point (U+0378), which no
 * font has. Spaces, punctuation and symbols are skipped.
 */
export function tofuCharacters(page: Page, selector: string, text?: string): Promise<string[]> {
  return page.evaluate(
    ({ selector, text }) => {
      const elements = Array.from(document.querySelectorAll(selector));
      if (!elements.length) throw new Error(`Nothing matches ${selector}`);
      const pixels = (character: string, font: string) => {
        const canvas = document.createElement('canvas');
        canvas.width = 96;
        canvas.height = 96;
        const context = canvas.getContext('2d') as CanvasRenderingContext2D;
        context.font = font;
        context.textBaseline = 'top';
        context.fillText(character, 8, 8);
        return Array.from(context.getImageData(0, 0, 96, 96).data).join(',');
      };
      const missing = new Set<string>();
      for (const element of elements) {
        const font = getComputedStyle(element).font;
        const tofu = pixels('\u0378', font);
        for (const character of new Set(Array.from(text ?? element.textContent ?? ''))) {
          if (!/[\s\p{P}\p{S}]/u.test(character) && pixels(character, font) === tofu) missing.add(character);
        }
      }
      return [...missing];
    },
    { selector, text },
  );
}

/** The font families Chromium used to draw the text directly inside the first element matching `selector`. */
export async function platformFonts(page: Page, selector: string): Promise<string[]> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('DOM.enable');
    await session.send('CSS.enable');
    const { root } = await session.send('DOM.getDocument');
    const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((font) => font.familyName);
  } finally {
    await session.detach();
  }
}

/** Whether fontconfig knows a family (Debian's fonts-noto-cjk gives "Noto Sans CJK JP", for one). */
export function fontInstalled(family: string): boolean {
  try {
    return execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' })
      .split('\n')
      .some((line) => line.split(',').includes(family));
  } catch {
    return false;
  }
}
