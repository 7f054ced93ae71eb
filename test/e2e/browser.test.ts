/// <reference lib="dom" />
// The rendered page in Debian's headless Chromium, in each of the three looks: accessibility
// (axe-core, WCAG 2.1 A and AA), horizontal overflow, colour schemes on screen and in print, printing
// to PDF on A4 and Letter, and right-to-left and non-Latin pages (mirrored layout, text kept in its
// direction, no missing glyphs).
import type { AxeResults } from 'axe-core';
import { render } from '../helpers/untypedRender';
import { describeWithChromium, sharedPage } from '../helpers/chromium';
import { entryPages, markEntries } from '../helpers/browser/pagination';
import { isPaper, readPdf } from '../helpers/browser/pdf';
import { LONG_WORDS, MIXED_SCRIPTS_PAGE, PAGES, RTL_PAGE, SAMPLES } from '../helpers/browser/samples';
import { characterCentres, fontInstalled, leftToRight, platformFonts, tofuCharacters } from '../helpers/browser/scripts';

jest.setTimeout(60_000);

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const PAPERS = ['A4', 'Letter'] as const;
const SCHEMES = ['light', 'dark'] as const;
const STYLES = ['classic', 'modern', 'compact'] as const;
const CASES = PAGES.flatMap((sample) => STYLES.map((style) => ({ ...sample, style, label: `${sample.name}, ${style}` })));

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
  const session = sharedPage('Browser checks', { offline: true });
  const { report } = session;

  async function open(html: string, media: { media: 'screen' | 'print'; colorScheme: 'light' | 'dark' }, width = 1280) {
    await session.page.setViewportSize({ width, height: 900 });
    await session.page.emulateMedia(media);
    await session.page.setContent(html);
  }

  async function colours() {
    return session.page.evaluate(() => {
      const body = getComputedStyle(document.body);
      const heading = document.querySelector('h2');
      return { background: body.backgroundColor, text: body.color, accent: heading ? getComputedStyle(heading).color : '' };
    });
  }

  describe.each(CASES)('$label', ({ slug, resume, style }) => {
    const html = render(resume, { style });

    it.each(SCHEMES)('has no axe-core violations of WCAG 2.1 A/AA (contrast included) in the %s scheme', async (colorScheme) => {
      await open(html, { media: 'screen', colorScheme });
      await session.page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
      const results = await session.page.evaluate(async (values) => {
        const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
        const { violations, incomplete, passes } = await axe.run(document, { runOnly: { type: 'tag', values } });
        const summary = (list: AxeResults['violations']) =>
          list.map((rule) => `${rule.id}: ${rule.nodes.map((node) => `${node.target.join(' ')} ${node.failureSummary ?? ''}`).join('; ')}`);
        return { violations: summary(violations), incomplete: summary(incomplete), passes: passes.map((rule) => rule.id) };
      }, AXE_TAGS);
      expect(results.violations).toEqual([]);
      // Contrast must have been measured, not left for a person to review.
      expect(results.passes).toContain('color-contrast');
      expect(results.incomplete.filter((rule) => rule.startsWith('color-contrast'))).toEqual([]);
      report.push(
        `axe ${slug} ${style} ${colorScheme}: 0 violations, ${results.passes.length} rules passed, ${results.incomplete.length} to review`,
      );
    });

    it.each([360, 1280])('does not scroll sideways at %i px wide', async (width) => {
      await open(html, { media: 'screen', colorScheme: 'light' }, width);
      const scrollWidth = await session.page.evaluate(() => document.documentElement.scrollWidth);
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
      const plain = await session.page.pdf({ format: paper, printBackground: true, preferCSSPageSize: false });
      const entryCount = await markEntries(session.page);
      const marked = await entryPages(
        await session.page.pdf({ format: paper, printBackground: true, preferCSSPageSize: false }),
        entryCount,
      );
      const plainFacts = await entryPages(plain, 0);

      expect(plainFacts.pageCount).toBe(marked.pageCount); // the markers do not move anything
      expect(entryCount).toBeGreaterThan(0);
      expect(marked.entries.every((entry) => entry.top !== undefined && entry.bottom !== undefined)).toBe(true);
      expect(marked.split).toEqual([]);

      const hrefs = await session.page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href]'))
          .map((link) => link.href)
          .filter((href) => !href.includes('entry-marker.invalid')),
      );
      expect(hrefs.length).toBeGreaterThan(0);
      expect(new Set(plainFacts.linksByPage.flat())).toEqual(new Set(hrefs));
      report.push(
        `PDF ${slug} ${style} ${paper}: ${marked.pageCount} pages, ${entryCount} entries none split, ${new Set(hrefs).size} links as URI annotations`,
      );
    });
  });

  it.each(STYLES.flatMap((style) => [360, 1280].map((width) => [style, width] as const)))(
    'does not scroll sideways (%s, %i px wide) with long unbroken words and URLs everywhere',
    async (style, width) => {
      await open(render(LONG_WORDS.resume, { style }), { media: 'screen', colorScheme: 'light' }, width);
      expect(await session.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    },
  );

  it.each(STYLES)('prints the sample CV on at most 3 A4 pages in the %s look (the aim is 2)', async (style) => {
    await open(render(SAMPLES[0].resume, { style }), { media: 'print', colorScheme: 'light' });
    const { pageCount } = await entryPages(await session.page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: false }), 0);
    expect(pageCount).toBeLessThanOrEqual(3);
    report.push(`sample CV ${style} on A4: ${pageCount} pages`);
  });

  it('prints on the paper asked for in meta.themeOptions.paper, via @page size', async () => {
    const resume = { ...(SAMPLES[0].resume as object), meta: { themeOptions: { paper: 'a4' } } };
    await open(render(resume), { media: 'print', colorScheme: 'light' });
    const pdf = await readPdf(await session.page.pdf({ printBackground: true, preferCSSPageSize: true }));
    expect(pdf.pageSizes.every((size) => isPaper(size, 'A4'))).toBe(true);
  });

  it('the split check does find a split (control: an entry taller than a session.page)', async () => {
    const highlights = Array.from({ length: 120 }, (_, index) => `Highlight number ${index + 1} of an entry too long for any page`);
    await open(render({ basics: { name: 'Control' }, work: [{ name: 'Long', highlights }, { name: 'Short' }] }), {
      media: 'print',
      colorScheme: 'light',
    });
    const entryCount = await markEntries(session.page);
    const { split } = await entryPages(await session.page.pdf({ format: 'A4', printBackground: true }), entryCount);
    expect(entryCount).toBe(2);
    expect(split).toEqual([0]);
  });
  describe('right to left (Persian) and other scripts', () => {
    const rtlHtml = render(RTL_PAGE.resume);
    const box = (selector: string) =>
      session.page.evaluate((s) => {
        const rect = document.querySelector(s)?.getBoundingClientRect();
        return rect ? { left: rect.left, right: rect.right } : undefined;
      }, selector);

    it('mirrors the layout: titles on the right, dates on the left, bullets and badges on the right side', async () => {
      await open(rtlHtml, { media: 'screen', colorScheme: 'light' });
      expect(await session.page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['fa', 'rtl']);
      const head = await box('#education .entry-head');
      const title = await box('#education .entry-title');
      const when = await box('#education .entry-when');
      expect(Math.abs((title?.right ?? 0) - (head?.right ?? 0))).toBeLessThan(1);
      expect(Math.abs((when?.left ?? 0) - (head?.left ?? 0))).toBeLessThan(1);
      const list = await box('#work .highlights');
      const item = await box('#work .highlights li');
      expect((list?.right ?? 0) - (item?.right ?? 0)).toBeGreaterThan(10); // the bullet's indent is on the right
      expect(Math.abs((item?.left ?? 0) - (list?.left ?? 0))).toBeLessThan(1);
      const badge = await session.page.evaluate(() => getComputedStyle(document.querySelector('.badge') as Element));
      expect([parseFloat(badge.marginRight) > 0, badge.marginLeft]).toEqual([true, '0px']);
      const header = await box('.cv-header');
      expect(Math.abs((await box('.cv-contact'))!.left - header!.left)).toBeLessThan(1);
    });

    it('keeps Latin titles, authors, links, phone numbers and courses in their own direction, and date ranges in reading order', async () => {
      await open(rtlHtml, { media: 'screen', colorScheme: 'light' });
      expect(leftToRight(await characterCentres(session.page, '.entry-title', 'Read Persian Poetry?'))).toBe(true);
      expect(leftToRight(await characterCentres(session.page, '.authors', 'Ali Rezaei*, Sara Karimi†'))).toBe(true);
      expect(leftToRight(await characterCentres(session.page, '.entry-sub', 'Proc. ACL (Findings)'))).toBe(true);
      expect(leftToRight(await characterCentres(session.page, '.links', 'doi:10.18653/v1/2024.findings-acl.1'))).toBe(true);
      expect(leftToRight(await characterCentres(session.page, '.cv-contact', '+98 21 6616 5000'))).toBe(true);
      expect(leftToRight(await characterCentres(session.page, '.inline-list', 'C++'))).toBe(true);
      expect(leftToRight(await characterCentres(session.page, '.keywords', 'C++'))).toBe(true);
      // A range reads from its start on the right: June 2023, then September 2023 to its left.
      const [start, end] = await session.page.evaluate(() =>
        Array.from(document.querySelectorAll('#work .entry-when time')).map((time) => time.getBoundingClientRect().left),
      );
      expect(start).toBeGreaterThan(end ?? Infinity);
    });

    it('the direction check does find scrambled text (control: a Latin title not isolated in a right-to-left line)', async () => {
      await open('<!doctype html><html lang="fa" dir="rtl"><body><p>عنوان Read Persian Poetry?</p></body></html>', {
        media: 'screen',
        colorScheme: 'light',
      });
      expect(leftToRight(await characterCentres(session.page, 'p', 'Read Persian Poetry?'))).toBe(false);
    });

    it('draws every letter of Chinese, Japanese, Korean, Cyrillic, Arabic, Hebrew and Devanagari names and titles (no tofu)', async () => {
      await open(render(MIXED_SCRIPTS_PAGE.resume), { media: 'screen', colorScheme: 'light' });
      const checked = '.cv-name, .cv-label, .cv-summary, .entry-title, .authors, .venue';
      expect(await tofuCharacters(session.page, checked)).toEqual([]);
      await open(rtlHtml, { media: 'print', colorScheme: 'light' });
      expect(await tofuCharacters(session.page, checked)).toEqual([]);
    });

    it('the tofu check does find missing glyphs (control: unassigned and private-use code points)', async () => {
      await open(render(MIXED_SCRIPTS_PAGE.resume), { media: 'screen', colorScheme: 'light' });
      expect(await tofuCharacters(session.page, '.cv-name', 'A\u0379\uE000吴')).toEqual(['\u0379', '\uE000']);
    });

    const cjkFonts = ['Noto Serif CJK SC', 'Noto Serif CJK TC', 'Noto Serif CJK JP', 'Noto Serif CJK KR'];
    (cjkFonts.every(fontInstalled) ? it.each : it.skip.each)([
      ['en', 'Noto Serif CJK SC'],
      ['zh', 'Noto Serif CJK SC'],
      ['zh-TW', 'Noto Serif CJK TC'],
      ['ja', 'Noto Serif CJK JP'],
      ['ko', 'Noto Serif CJK KR'],
    ])('draws Han characters in a %s page with %s (needs fonts-noto-cjk)', async (locale, font) => {
      await open(render(MIXED_SCRIPTS_PAGE.resume, { locale }), { media: 'screen', colorScheme: 'light' });
      expect(await platformFonts(session.page, '#publications .entry:first-child .entry-title bdi')).toEqual([font]);
    });
  });
});
