/// <reference lib="dom" />
// Printing the way the JSON Resume registry does: Playwright, A4, margins 0, pdfRenderOptions
// ignored. The page's own @page margins must keep every word at least 10 mm off every edge, measured
// word by word with pdftotext -bbox, and no entry may be split across pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '../helpers/untypedRender';
import { sharedPage } from '../helpers/chromium';
import { entryPages, markEntries } from '../helpers/browser/pagination';
import { describeWithPrintTools, inkDistances, pdfWords, type WordPage } from '../helpers/browser/poppler';
import { isPaper, readPdf } from '../helpers/browser/pdf';
import { LONG_WORDS, PAGES } from '../helpers/browser/samples';

jest.setTimeout(120_000);

const MM = 72 / 25.4;
const STYLES = ['classic', 'modern', 'compact'] as const;
const FACULTY = {
  name: 'faculty-size CV',
  slug: 'faculty',
  resume: JSON.parse(readFileSync(join(__dirname, '../fixtures/faculty-cv.json'), 'utf8')) as unknown,
};
const RESUMES = [...PAGES, FACULTY, LONG_WORDS];
const CASES = RESUMES.flatMap((sample) => STYLES.map((style) => ({ ...sample, style, label: `${sample.name}, ${style}` })));

/** The smallest distance of any word to each edge of its page, in millimetres. */
function edgeDistances(pages: WordPage[]) {
  const least = { left: Infinity, top: Infinity, right: Infinity, bottom: Infinity };
  for (const { width, height, words } of pages) {
    for (const word of words) {
      least.left = Math.min(least.left, word.xMin / MM);
      least.top = Math.min(least.top, word.yMin / MM);
      least.right = Math.min(least.right, (width - word.xMax) / MM);
      least.bottom = Math.min(least.bottom, (height - word.yMax) / MM);
    }
  }
  return least;
}

describeWithPrintTools('printed as the JSON Resume registry prints (A4, zero margins)', () => {
  const session = sharedPage('Registry-style print (least distance of a word to the left, top, right, bottom edge)', { offline: true });
  const { report } = session;

  /** What the registry does: render(resume) with one argument, then page.pdf with A4 and margin 0. */
  async function printLikeTheRegistry(html: string): Promise<Uint8Array> {
    await session.page.setContent(html);
    return session.page.pdf({ format: 'A4', printBackground: true, margin: { top: '0', right: '0', bottom: '0', left: '0' } });
  }

  it.each(CASES)('keeps every word 10 mm off every edge and splits no entry: $label', async ({ slug, resume, style }) => {
    // One argument, as the registry calls it: the look comes from meta.themeOptions.
    const meta = (resume as { meta?: { themeOptions?: object } }).meta;
    const html = render({ ...(resume as object), meta: { ...meta, themeOptions: { ...meta?.themeOptions, style } } });
    const plain = await printLikeTheRegistry(html);
    const words = pdfWords(plain);
    expect(words.flatMap((p) => p.words).length).toBeGreaterThan(20);
    expect((await readPdf(plain)).pageSizes.every((size) => isPaper(size, 'A4'))).toBe(true);
    // Word boxes come from font metrics; where one is closer than 10 mm (a CJK font embedded as Type 3
    // reports boxes far taller than its glyphs), the ink decides.
    const boxes = edgeDistances(words);
    const least = Object.values(boxes).every((distance) => distance >= 10) ? boxes : inkDistances(plain);
    for (const side of ['left', 'top', 'right', 'bottom'] as const) expect(least[side]).toBeGreaterThanOrEqual(10);

    const entryCount = await markEntries(session.page);
    const marked = await entryPages(
      await session.page.pdf({ format: 'A4', printBackground: true, margin: { top: '0', right: '0', bottom: '0', left: '0' } }),
      entryCount,
    );
    expect(marked.pageCount).toBe(words.length);
    expect(marked.entries.every((entry) => entry.top !== undefined && entry.bottom !== undefined)).toBe(true);
    expect(marked.split).toEqual([]);
    const mm = (value: number) => value.toFixed(1);
    report.push(
      `${slug} ${style}: ${words.length} pages, ${entryCount} entries none split; ${mm(least.left)} / ${mm(least.top)} / ${mm(least.right)} / ${mm(least.bottom)} mm`,
    );
  });

  it.each(['a4', 'letter'] as const)(
    'keeps the margins when meta.themeOptions.paper is %s (the registry still prints A4)',
    async (paper) => {
      const resume = { ...(PAGES[0].resume as object), meta: { themeOptions: { paper } } };
      const least = edgeDistances(pdfWords(await printLikeTheRegistry(render(resume))));
      for (const side of ['left', 'top', 'right', 'bottom'] as const) expect(least[side]).toBeGreaterThanOrEqual(10);
    },
  );

  it('measures what it claims (control: a page with no margins of its own puts words closer than 10 mm)', async () => {
    const html = render(PAGES[0].resume).replace('</style>', '@page{margin:0}</style>');
    const least = edgeDistances(pdfWords(await printLikeTheRegistry(html)));
    expect(Math.min(least.left, least.top)).toBeLessThan(10);
  });
});
