/// <reference lib="dom" />
// The rendered page in Debian's headless Chromium: accessibility (axe-core, WCAG 2.1 A and AA),
// horizontal overflow, colour schemes on screen and in print, and printing to PDF on A4 and Letter.
import type { AxeResults } from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';
import { render } from '../helpers/untypedRender';
import { describeWithChromium, launchChromium } from '../helpers/chromium';
import { entryPages, markEntries } from './pagination';
import { isPaper, readPdf } from './pdf';
import { LONG_WORDS, PAGES, SAMPLES } from './samples';

jest.setTimeout(60_000);

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const PAPERS = ['A4', 'Letter'] as const;
const SCHEMES = ['light', 'dark'] as const;

/** Relative luminance (WCAG) of a computed colour: rgb()/rgba() or color(srgb …). */
function luminance(cssColor: string): number {
  const rgb = /^rgba?\((\d+), (\d+), (\d+)/.exec(cssColor);
  const srgb = /^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)/.exec(cssColor);
  const channels = rgb ? rgb.slice(1, 4).map((value) => Number(value) / 255) : srgb?.slice(1, 4).map(Number);
  if (!channels) throw new Error(`Unrecognised colour ${cssColor}`);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describeWithChromium('the rendered page in headless Chromium', () => {
  let browser: BrowserContext;
  let page: Page;
  const report: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
    // Offline and deterministic: nothing outside the page loads (the fixture's photo URL, say).
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
  });

  afterAll(async () => {
    await browser?.close();
    // eslint-disable-next-line no-console
    console.log(`Browser checks:\n  ${report.join('\n  ')}`);
  });

  async function open(html: string, media: { media: 'screen' | 'print'; colorScheme: 'light' | 'dark' }, width = 1280) {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia(media);
    await page.setContent(html);
  }

  async function colours() {
    return page.evaluate(() => {
      const body = getComputedStyle(document.body);
      const heading = document.querySelector('h2');
      return { background: body.backgroundColor, text: body.color, accent: heading ? getComputedStyle(heading).color : '' };
    });
  }

  describe.each(PAGES)('$name', ({ slug, resume }) => {
    const html = render(resume);

    it.each(SCHEMES)('has no axe-core violations of WCAG 2.1 A/AA (contrast included) in the %s scheme', async (colorScheme) => {
      await open(html, { media: 'screen', colorScheme });
      await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
      const results = await page.evaluate(async (values) => {
        const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
        const { violations, incomplete, passes } = await axe.run(document, { runOnly: { type: 'tag', values } });
        const summary = (list: AxeResults['violations']) => list.map((rule) => `${rule.id}: ${rule.nodes.map((node) => `${node.target.join(' ')} ${node.failureSummary ?? ''}`).join('; ')}`);
        return { violations: summary(violations), incomplete: summary(incomplete), passes: passes.map((rule) => rule.id) };
      }, AXE_TAGS);
      expect(results.violations).toEqual([]);
      // Contrast must have been measured, not left for a person to review.
      expect(results.passes).toContain('color-contrast');
      expect(results.incomplete.filter((rule) => rule.startsWith('color-contrast'))).toEqual([]);
      report.push(`axe ${slug} ${colorScheme}: 0 violations, ${results.passes.length} rules passed, ${results.incomplete.length} to review`);
    });

    it.each([360, 1280])('does not scroll sideways at %i px wide', async (width) => {
      await open(html, { media: 'screen', colorScheme: 'light' }, width);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(width);
    });

    it('is dark on screen in the dark scheme, and prints light in either scheme', async () => {
      await open(html, { media: 'screen', colorScheme: 'light' });
      const light = await colours();
      await open(html, { media: 'screen', colorScheme: 'dark' });
      const dark = await colours();
      await open(html, { media: 'print', colorScheme: 'light' });
      const printLight = await colours();
      await open(html, { media: 'print', colorScheme: 'dark' });
      const printDark = await colours();

      expect(luminance(light.background)).toBeGreaterThan(0.9);
      expect(luminance(light.text)).toBeLessThan(0.1);
      expect(luminance(dark.background)).toBeLessThan(0.05);
      expect(luminance(dark.text)).toBeGreaterThan(0.5);
      expect(dark.accent).not.toBe(light.accent);
      expect(printDark).toEqual(printLight);
      expect(luminance(printDark.background)).toBeGreaterThan(0.9);
      expect(luminance(printDark.text)).toBeLessThan(0.1);
    });

    it.each(PAPERS)('prints on %s with every entry on one page and its links clickable', async (paper) => {
      await open(html, { media: 'print', colorScheme: 'light' });
      const plain = await page.pdf({ format: paper, printBackground: true, preferCSSPageSize: false });
      const entryCount = await markEntries(page);
      const marked = await entryPages(await page.pdf({ format: paper, printBackground: true, preferCSSPageSize: false }), entryCount);
      const plainFacts = await entryPages(plain, 0);

      expect(plainFacts.pageCount).toBe(marked.pageCount); // the markers do not move anything
      expect(entryCount).toBeGreaterThan(0);
      expect(marked.entries.every((entry) => entry.top !== undefined && entry.bottom !== undefined)).toBe(true);
      expect(marked.split).toEqual([]);

      const hrefs = await page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href]')).map((link) => link.href).filter((href) => !href.includes('entry-marker.invalid')),
      );
      expect(hrefs.length).toBeGreaterThan(0);
      expect(new Set(plainFacts.linksByPage.flat())).toEqual(new Set(hrefs));
      report.push(`PDF ${slug} ${paper}: ${marked.pageCount} pages, ${entryCount} entries none split, ${new Set(hrefs).size} links as URI annotations`);
    });
  });

  it.each([360, 1280])('does not scroll sideways at %i px wide with long unbroken words and URLs everywhere', async (width) => {
    await open(render(LONG_WORDS.resume), { media: 'screen', colorScheme: 'light' }, width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });

  it('prints the sample CV on at most 3 A4 pages (the aim is 2)', async () => {
    await open(render(SAMPLES[0].resume), { media: 'print', colorScheme: 'light' });
    const { pageCount } = await entryPages(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: false }), 0);
    expect(pageCount).toBeLessThanOrEqual(3);
  });

  it('prints on the paper asked for in meta.themeOptions.paper, via @page size', async () => {
    const resume = { ...(SAMPLES[0].resume as object), meta: { themeOptions: { paper: 'a4' } } };
    await open(render(resume), { media: 'print', colorScheme: 'light' });
    const pdf = await readPdf(await page.pdf({ printBackground: true, preferCSSPageSize: true }));
    expect(pdf.pageSizes.every((size) => isPaper(size, 'A4'))).toBe(true);
  });

  it('the split check does find a split (control: an entry taller than a page)', async () => {
    const highlights = Array.from({ length: 120 }, (_, index) => `Highlight number ${index + 1} of an entry too long for any page`);
    await open(render({ basics: { name: 'Control' }, work: [{ name: 'Long', highlights }, { name: 'Short' }] }), { media: 'print', colorScheme: 'light' });
    const entryCount = await markEntries(page);
    const { split } = await entryPages(await page.pdf({ format: 'A4', printBackground: true }), entryCount);
    expect(entryCount).toBe(2);
    expect(split).toEqual([0]);
  });
});
