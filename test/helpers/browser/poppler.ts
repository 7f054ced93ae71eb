// The PDF as text extractors read it, through poppler's pdftotext (and pdfimages): its text in
// reading order or in content order, and every word with its box.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath, describeWithChromium } from '../chromium';

const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0 && spawnSync('pdfimages', ['-v']).status === 0;

/** `describe` when Chromium and poppler-utils are installed; otherwise skipped with one line saying why. */
export function describeWithPrintTools(name: string, body: () => void): void {
  if (chromiumPath && !hasPoppler) {
    process.stderr.write(`Skipping "${name}": pdftotext not found (apt-get install poppler-utils).\n`);
    describe.skip(name, body);
    return;
  }
  describeWithChromium(name, body);
}

function withPdfFile<T>(pdf: Uint8Array, use: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'scholar-poppler-'));
  try {
    const path = join(dir, 'cv.pdf');
    writeFileSync(path, pdf);
    return use(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ORDER_FLAGS = { reading: [], layout: ['-layout'], content: ['-raw'] };

/**
 * `reading`: pdftotext's default, which guesses columns and blocks from the layout. `layout`:
 * pdftotext -layout, line by line as the lines sit on the page. `content`: pdftotext -raw, the order
 * the text is written in the file, as parsers that follow the content stream (pdf.js, PDFBox) read it.
 */
export function pdfText(pdf: Uint8Array, order: keyof typeof ORDER_FLAGS): string {
  return withPdfFile(pdf, (path) => execFileSync('pdftotext', [...ORDER_FLAGS[order], '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }));
}

interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface WordPage {
  width: number;
  height: number;
  words: Word[];
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Every word of every page with its box, in points from the page's top left (`pdftotext -bbox`). */
export function pdfWords(pdf: Uint8Array): WordPage[] {
  const xhtml = withPdfFile(pdf, (path) =>
    execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }),
  );
  return xhtml
    .split('<page ')
    .slice(1)
    .map((chunk) => {
      const size = /^width="([\d.]+)" height="([\d.]+)"/.exec(chunk);
      const words = [...chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
        (match) => ({
          xMin: Number(match[1]),
          yMin: Number(match[2]),
          xMax: Number(match[3]),
          yMax: Number(match[4]),
          text: unescapeXml(match[5]!),
        }),
      );
      return { width: Number(size?.[1]), height: Number(size?.[2]), words };
    });
}

/** The number of images in the PDF (`pdfimages -list`): text drawn as a picture would be one. */
export function pdfImageCount(pdf: Uint8Array): number {
  const listing = withPdfFile(pdf, (path) => execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' }));
  return listing
    .trim()
    .split('\n')
    .slice(2)
    .filter((line) => line.trim()).length;
}

/**
 * The smallest distance, in millimetres, from any ink on any page to each edge: the pages rendered to
 * grey pixels by pdftoppm. pdftotext's word boxes come from font metrics; a CJK font that Chromium
 * embeds as Type 3 reports boxes far taller than its glyphs, so for such pages the ink is what counts.
 */
export function inkDistances(pdf: Uint8Array, dpi = 72): { left: number; top: number; right: number; bottom: number } {
  return withPdfFile(pdf, (path) => {
    const prefix = join(path, '..', 'page');
    execFileSync('pdftoppm', ['-gray', '-r', String(dpi), path, prefix]);
    const least = { left: Infinity, top: Infinity, right: Infinity, bottom: Infinity };
    const files = readdirSync(join(path, '..')).filter((name) => name.endsWith('.pgm'));
    for (const file of files) {
      const data = readFileSync(join(path, '..', file));
      // Binary PGM: "P5\n<width> <height>\n<max>\n" then one byte per pixel.
      const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 40).toString('latin1'));
      if (!header) throw new Error(`${file}: not a binary PGM`);
      const [width, height] = [Number(header[1]), Number(header[2])];
      const pixels = data.subarray(header[0].length);
      const mm = (px: number) => (px * 25.4) / dpi;
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          if ((pixels[y * width + x] ?? 255) > 160) continue;
          least.left = Math.min(least.left, mm(x));
          least.top = Math.min(least.top, mm(y));
          least.right = Math.min(least.right, mm(width - 1 - x));
          least.bottom = Math.min(least.bottom, mm(height - 1 - y));
        }
      }
    }
    return least;
  });
}
