// `npm run screenshots`: the pictures in docs/ that the README shows, taken of sample-resume.json in
// headless Chromium: full pages on a desktop, a phone and in the dark scheme, page 1 of the A4 PDF,
// and page 1 of the A4 PDF in each look (the `style` option); and test/fixtures/rtl-fa.json, a Persian
// CV, right to left.
// Needs Debian's chromium and poppler-utils (pdftoppm); sharp shrinks the PNGs to 256 colours.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import sharp from 'sharp';
import { render } from '../dist/index.mjs';
import { importTypeScript } from './import-typescript.mjs';

// The house flags, as the CLI's `pdf` command passes them.
const { CHROMIUM_FLAGS } = await importTypeScript('src/cli/pdf/print.ts');
const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const SHOTS = /** @type {const} */ ([
  { file: 'screenshot-desktop.png', viewport: { width: 1280, height: 800 }, colorScheme: 'light' },
  { file: 'screenshot-phone.png', viewport: { width: 390, height: 844 }, colorScheme: 'light' },
  { file: 'screenshot-dark.png', viewport: { width: 1280, height: 800 }, colorScheme: 'dark' },
]);

/** 256-colour PNGs: text on a flat background loses nothing visible and the files get much smaller. */
async function shrink(path) {
  const png = await sharp(readFileSync(path)).png({ palette: true, colours: 256, effort: 10, compressionLevel: 9 }).toBuffer();
  writeFileSync(path, png);
}

const STYLES = /** @type {const} */ (['classic', 'modern', 'compact']);

const resume = JSON.parse(readFileSync('sample-resume.json', 'utf8'));
const html = render(resume);
const scratch = mkdtempSync(join(tmpdir(), 'scholar-screenshots-'));
mkdirSync('docs', { recursive: true });

const context = await chromium.launchPersistentContext(join(scratch, 'profile'), {
  executablePath: chromiumPath,
  args: CHROMIUM_FLAGS,
  headless: true,
});
try {
  const page = await context.newPage();
  for (const { file, viewport, colorScheme } of SHOTS) {
    await page.setViewportSize(viewport);
    await page.emulateMedia({ media: 'screen', colorScheme });
    await page.setContent(html);
    await page.screenshot({ path: join('docs', file), fullPage: true });
  }
  // Right to left: the Persian CV of the browser tests.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
  await page.setContent(render(JSON.parse(readFileSync('test/fixtures/rtl-fa.json', 'utf8'))));
  await page.screenshot({ path: join('docs', 'screenshot-rtl.png'), fullPage: true });
  /** Page 1 of the A4 PDF as docs/<name>.png. */
  async function printPage1(pageHtml, name) {
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    await page.setContent(pageHtml);
    const pdf = join(scratch, `${name}.pdf`);
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: false }));
    execFileSync('pdftoppm', ['-png', '-r', '96', '-f', '1', '-l', '1', '-singlefile', pdf, join('docs', name)]);
  }
  await printPage1(html, 'pdf-page1');
  for (const style of STYLES) await printPage1(render(resume, { style }), `look-${style}`);
} finally {
  await context.close();
  rmSync(scratch, { recursive: true, force: true, maxRetries: 10 });
}

for (const file of [
  ...SHOTS.map((shot) => shot.file),
  'screenshot-rtl.png',
  'pdf-page1.png',
  ...STYLES.map((style) => `look-${style}.png`),
]) {
  const path = join('docs', file);
  await shrink(path);
  console.log(`${path}: ${Math.round(statSync(path).size / 1024)} KB`);
}
