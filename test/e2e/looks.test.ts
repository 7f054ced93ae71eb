/// <reference lib="dom" />
// What sets the three looks apart, measured in Chromium (fonts, sizes, spacing, pages), and
// right-to-left: with dir="rtl" every box sits where its left-to-right twin's mirror image is.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '../helpers/untypedRender';
import { describeWithChromium, sharedPage } from '../helpers/chromium';
import { readPdf } from '../helpers/browser/pdf';
import { SAMPLES } from '../helpers/browser/samples';

jest.setTimeout(120_000);

const STYLES = ['classic', 'modern', 'compact'] as const;
type Style = (typeof STYLES)[number];
const FACULTY = JSON.parse(readFileSync(join(__dirname, '../fixtures/faculty-cv.json'), 'utf8')) as unknown;

interface Typography {
  body: string;
  name: string;
  heading: string;
  title: string;
  badge: string;
  rootSize: number;
  sectionGap: number;
  entryGap: number;
}

describeWithChromium('the three looks', () => {
  const session = sharedPage('Looks');
  const { report } = session;

  async function typography(style: Style, media: 'screen' | 'print'): Promise<Typography> {
    await session.page.emulateMedia({ media, colorScheme: 'light' });
    await session.page.setContent(render(SAMPLES[0].resume, { style }));
    return session.page.evaluate(() => {
      const css = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      const sections = document.querySelectorAll('.cv-section');
      const entries = document.querySelectorAll('.entry + .entry');
      return {
        body: css('body').fontFamily,
        name: css('.cv-name').fontFamily,
        heading: css('.cv-section > h2').fontFamily,
        title: css('.entry-title').fontFamily,
        badge: css('.badge').fontFamily,
        rootSize: parseFloat(css('html').fontSize),
        sectionGap: parseFloat(getComputedStyle(sections[1]!).marginBlockStart),
        entryGap: parseFloat(getComputedStyle(entries[0]!).marginBlockStart),
      };
    });
  }

  it.each(['screen', 'print'] as const)('classic sets everything in one serif family (%s)', async (media) => {
    const classic = await typography('classic', media);
    expect(new Set([classic.body, classic.name, classic.heading, classic.title, classic.badge]).size).toBe(1);
    expect(classic.body).toMatch(/serif$/);
    expect(classic.body).not.toMatch(/sans-serif$/);
  });

  it.each(['screen', 'print'] as const)(
    'modern sets serif names and titles on sans text; compact keeps its families, smaller and tighter (%s)',
    async (media) => {
      const modern = await typography('modern', media);
      const compact = await typography('compact', media);
      expect(modern.body).toMatch(/sans-serif$/);
      expect(modern.title).not.toMatch(/sans-serif$/);
      expect(modern.name).toBe(modern.title);
      expect(modern.badge).toBe(modern.body);
      expect([compact.body, compact.name, compact.heading, compact.title, compact.badge]).toEqual([
        modern.body,
        modern.name,
        modern.heading,
        modern.title,
        modern.badge,
      ]);
      expect(compact.rootSize).toBeLessThan(modern.rootSize);
      expect(compact.sectionGap).toBeLessThan(modern.sectionGap);
      expect(compact.entryGap).toBeLessThan(modern.entryGap);
    },
  );

  it('compact prints a faculty-size CV on fewer pages than modern', async () => {
    const pages: Partial<Record<Style, number>> = {};
    await session.page.emulateMedia({ media: 'print', colorScheme: 'light' });
    for (const style of STYLES) {
      await session.page.setContent(render(FACULTY, { style }));
      pages[style] = (await readPdf(await session.page.pdf({ format: 'A4', printBackground: true }))).pageCount;
    }
    report.push(`faculty CV on A4: ${STYLES.map((style) => `${style} ${pages[style]} pages`).join(', ')}`);
    expect(pages.compact).toBeLessThan(pages.modern!);
    expect(pages.compact! / pages.modern!).toBeLessThan(0.9);
  });

  describe.each(STYLES)('right-to-left, %s', (style) => {
    /** Boxes of the page's main parts: [selector, index, left, right] at a 1280 px wide viewport. */
    async function boxes(dir: 'ltr' | 'rtl', media: 'screen' | 'print') {
      await session.page.setViewportSize({ width: 1280, height: 900 });
      await session.page.emulateMedia({ media, colorScheme: 'light' });
      await session.page.setContent(render(SAMPLES[0].resume, { style, dir }));
      return session.page.evaluate(() => {
        const selectors = [
          '.cv',
          '.cv-name',
          '.cv-section > h2',
          '.entry-title',
          '.entry-when',
          '.highlights > li',
          '.authors',
          '.pairs dt',
          '.pairs dd',
        ];
        const width = document.documentElement.clientWidth;
        return selectors.flatMap((selector) =>
          Array.from(document.querySelectorAll(selector)).map((element, index) => {
            const box = element.getBoundingClientRect();
            return { selector, index, left: box.left, right: box.right, top: box.top, width };
          }),
        );
      });
    }

    it.each(['screen', 'print'] as const)('mirrors every box (%s)', async (media) => {
      const ltr = await boxes('ltr', media);
      const rtl = await boxes('rtl', media);
      expect(ltr.length).toBeGreaterThan(40);
      expect(rtl.map((box) => `${box.selector} ${box.index}`)).toEqual(ltr.map((box) => `${box.selector} ${box.index}`));
      const moved = ltr.filter((box, index) => {
        const twin = rtl[index]!;
        return (
          Math.abs(twin.left - (box.width - box.right)) > 1 ||
          Math.abs(twin.right - (box.width - box.left)) > 1 ||
          Math.abs(twin.top - box.top) > 1
        );
      });
      expect(moved.map((box) => `${box.selector} ${box.index}`)).toEqual([]);
    });
  });
});
