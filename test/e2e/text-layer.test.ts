/// <reference lib="dom" />
// What machines read: the PDF's text layer, as pdftotext and applicant-tracking parsers extract it,
// holds every visible string of the page in reading order: no text in images, no ligature glyphs,
// headings as words, publication titles whole and in order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pdfRenderOptions, render } from '../../index';
import { sharedPage } from '../helpers/chromium';
import { describeWithPrintTools, pdfImageCount, pdfText } from '../helpers/browser/poppler';
import { SAMPLES } from '../helpers/browser/samples';

jest.setTimeout(120_000);

const STYLES = ['classic', 'modern', 'compact'] as const;
const FACULTY = JSON.parse(readFileSync(join(__dirname, '../fixtures/faculty-cv.json'), 'utf8')) as { publications: { name: string }[] };
const RESUMES = [
  { name: 'sample CV', resume: SAMPLES[0].resume as { publications: { name: string }[] } },
  { name: 'faculty-size CV', resume: FACULTY },
];
const CASES = RESUMES.flatMap((sample) =>
  STYLES.flatMap((style) => (['a4', 'letter'] as const).map((paper) => ({ ...sample, style, paper }))),
);

interface VisibleString {
  text: string;
  /** The right-aligned date of an entry, and the entry it belongs to. */
  isDate: boolean;
  entry: number;
}

/** Every rendered text node of the page in document order, whitespace collapsed. */
function visibleStringsInPage(): VisibleString[] {
  const entries = Array.from(document.querySelectorAll('.entry'));
  const strings: VisibleString[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    const parent = node.parentElement;
    if (!text || !parent || !parent.checkVisibility()) continue;
    const entry = parent.closest('.entry');
    strings.push({ text, isDate: Boolean(parent.closest('.entry-when')), entry: entry ? entries.indexOf(entry) : -1 });
  }
  return strings;
}

/** Case and white space as extractors vary them; `-` dropped, as pdftotext joins a word broken after its hyphen. */
function normalise(text: string): string {
  return text.toLowerCase().replace(/-/g, '').replace(/\s+/g, ' ').trim();
}

/** Where each string is found after the one before it (-1: not found in order). */
function locate(strings: string[], text: string): number[] {
  let cursor = 0;
  return strings.map((string) => {
    const at = text.indexOf(string, cursor);
    if (at !== -1) cursor = at + string.length;
    return at;
  });
}

function outOfOrder(strings: string[], text: string): string[] {
  const found = locate(strings, text);
  return strings
    .filter((_, index) => found[index] === -1)
    .map((string) => `${text.includes(string) ? 'out of order' : 'missing'}: ${string}`);
}

/** Dates not found between the start of their entry's other text and the text that follows the entry. */
function datesOutsideTheirEntry(strings: VisibleString[], text: string): string[] {
  const others = strings.filter((s) => !s.isDate);
  const found = locate(
    others.map((s) => normalise(s.text)),
    text,
  );
  return strings
    .filter((s) => s.isDate)
    .filter((date) => {
      const first = others.findIndex((s) => s.entry === date.entry);
      const next = others.findIndex((s, index) => index > first && s.entry !== date.entry);
      const from = found[first] ?? -1;
      const to = next === -1 ? text.length : (found[next] ?? -1);
      return from === -1 || to === -1 || !text.slice(from, to).includes(normalise(date.text));
    })
    .map((date) => date.text);
}

describe('the order checks (controls)', () => {
  const strings: VisibleString[] = [
    { text: 'First Title', isDate: false, entry: 0 },
    { text: '2024', isDate: true, entry: 0 },
    { text: 'Some Venue', isDate: false, entry: 0 },
    { text: 'Second Title', isDate: false, entry: 1 },
    { text: '2023', isDate: true, entry: 1 },
  ];
  it('find strings out of order or missing', () => {
    expect(outOfOrder(['a b', 'c'], 'a b x c')).toEqual([]);
    expect(outOfOrder(['c', 'a b', 'z'], 'a b x c')).toEqual(['out of order: a b', 'missing: z']);
  });
  it('find a date read in another entry', () => {
    expect(datesOutsideTheirEntry(strings, 'first title some venue 2024 second title 2023')).toEqual([]);
    expect(datesOutsideTheirEntry(strings, 'first title some venue second title 2024 2023')).toEqual(['2024']);
  });
});

describeWithPrintTools('the PDF text layer, as machines read it', () => {
  const session = sharedPage('PDF text layer');
  const { report } = session;

  describe.each(CASES)('$name, $style, $paper', ({ name, resume, style, paper }) => {
    let pdf: Uint8Array;
    let strings: VisibleString[];

    beforeAll(async () => {
      // As resume-cli and resumed print with the theme's pdfRenderOptions, on their default Letter.
      await session.page.emulateMedia({ media: pdfRenderOptions.mediaType });
      await session.page.setContent(render(resume, { style, paper }));
      pdf = await session.page.pdf({
        format: 'Letter',
        printBackground: pdfRenderOptions.printBackground,
        preferCSSPageSize: pdfRenderOptions.preferCSSPageSize,
      });
      strings = await session.page.evaluate(visibleStringsInPage);
    });

    it.each(['content', 'layout'] as const)(
      'in %s order (pdftotext -raw, -layout): every visible string, dates included, in the order of the page',
      (order) => {
        // Both keep a hyphen at a line end, where the word goes on after it.
        const text = normalise(pdfText(pdf, order).replace(/-\n\s*/g, '-'));
        expect(strings.length).toBeGreaterThan(100);
        expect(
          outOfOrder(
            strings.map((s) => normalise(s.text)),
            text,
          ),
        ).toEqual([]);
        expect(datesOutsideTheirEntry(strings, text)).toEqual([]);
      },
    );

    it('in reading order (pdftotext, which guesses columns): every visible string but the right-aligned dates in the order of the page', () => {
      const text = normalise(pdfText(pdf, 'reading'));
      expect(
        outOfOrder(
          strings.filter((s) => !s.isDate).map((s) => normalise(s.text)),
          text,
        ),
      ).toEqual([]);
      // A date may be read a few lines late, after the lines beside it; it is read all the same.
      const dates = strings.filter((s) => s.isDate).map((s) => normalise(s.text));
      expect(dates.filter((date) => !text.includes(date))).toEqual([]);
      const displaced = datesOutsideTheirEntry(strings, text).length;
      report.push(
        `${name} ${style} ${paper}: ${strings.length} strings in order; reading order: ${displaced} of ${dates.length} dates read outside their entry`,
      );
    });

    it('has every publication title whole and in order, in either order of reading', () => {
      const titles = resume.publications.map((pub) => normalise(pub.name));
      for (const order of ['reading', 'content'] as const)
        expect(outOfOrder(titles, normalise(pdfText(pdf, order).replace(/-\n/g, '-')))).toEqual([]);
    });

    it('spells headings as words, not spaced letters, and has no ligature, private-use or replacement characters', () => {
      const text = pdfText(pdf, 'reading');
      for (const heading of ['EDUCATION', 'PUBLICATIONS']) expect(text.toUpperCase()).toMatch(new RegExp(`(^|\\n)${heading}\\n`));
      expect(text).not.toMatch(/[\uFB00-\uFB06\uE000-\uF8FF\uFFFD]/);
      // Words a font may set with fi, fl, ff or ffi ligatures come out as plain letters.
      expect(text).toMatch(/fi|fl|ff/);
    });

    it('has no text in images: the page holds no image at all', () => {
      expect(pdfImageCount(pdf)).toBe(0);
    });
  });
});
