/// <reference lib="dom" />
// The publication options in headless Chromium, on the faculty CV: accessible with every option on,
// numbers and metrics printed as text in the PDF, collapsed abstracts and other screen-only parts
// left out of print, abstracts shown in full printed.
import type { AxeResults } from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import faculty from '../fixtures/faculty.json';
import type { ThemeOptions } from '../../index';
import { render } from '../helpers/untypedRender';
import { describeWithChromium, launchChromium } from '../helpers/chromium';

jest.setTimeout(60_000);

const PDFTOTEXT = '/usr/bin/pdftotext';
const EVERY_OPTION: ThemeOptions = {
  groupPublications: 'type',
  sortPublications: 'date',
  numberPublications: 'ascending',
  maxAuthors: 4,
  coauthors: { 'Jürgen Schmidt': 'https://schmidt.example.org', 'Priya Raghunathan': 'https://priya.example.edu' },
  metrics: true,
};
const ABSTRACT = (faculty.publications as { abstract?: string }[]).find((paper) => paper.abstract)?.abstract ?? '';

function pdfText(pdf: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'scholar-pdf-')), 'cv.pdf');
  writeFileSync(file, pdf);
  return execFileSync(PDFTOTEXT, ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describeWithChromium('publication options in headless Chromium', () => {
  let browser: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(options: ThemeOptions, media: 'screen' | 'print', colorScheme: 'light' | 'dark' = 'light', width = 1280) {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ media, colorScheme });
    await page.setContent(render(faculty, options));
  }

  /** How many elements match, and how many of them are displayed. */
  async function shown(selector: string) {
    return page.evaluate((query) => {
      const found = Array.from(document.querySelectorAll<HTMLElement>(query));
      // checkVisibility() also sees the content of a closed <details> as hidden.
      return { count: found.length, displayed: found.filter((node) => node.checkVisibility()).length };
    }, selector);
  }

  it.each(['light', 'dark'] as const)('has no axe-core violations of WCAG 2.1 A/AA with every option on (%s)', async (colorScheme) => {
    await open({ ...EVERY_OPTION, abstracts: 'collapse', bibtex: true }, 'screen', colorScheme);
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
      const results = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return results.violations.map((rule) => `${rule.id}: ${rule.nodes.map((node) => node.target.join(' ')).join('; ')}`);
    });
    expect(violations).toEqual([]);
  });

  it('does not scroll sideways at 360 px with every option on, BibTeX entries open', async () => {
    await open({ ...EVERY_OPTION, abstracts: 'show', bibtex: true }, 'screen', 'light', 360);
    await page.evaluate(() => document.querySelectorAll('details').forEach((node) => node.setAttribute('open', '')));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it('shows collapsed abstracts and BibTeX on screen as closed toggles, and leaves them out of print', async () => {
    await open({ ...EVERY_OPTION, abstracts: 'collapse', bibtex: true }, 'screen');
    const bibtex = await shown('details.bibtex');
    expect(bibtex).toEqual({ count: faculty.publications.length, displayed: faculty.publications.length });
    expect((await shown('details.bibtex > pre')).displayed).toBe(0);
    const onScreen = await shown('details.abstract');
    expect(onScreen.count).toBeGreaterThan(20);
    expect(onScreen.displayed).toBe(onScreen.count);
    expect((await shown('details.abstract > p')).displayed).toBe(0);
    await page.click('details.abstract > summary');
    expect((await shown('details.abstract > p')).displayed).toBe(1);

    await open({ ...EVERY_OPTION, abstracts: 'collapse', bibtex: true }, 'print');
    expect((await shown('.screen-only')).displayed).toBe(0);
    expect(await shown('.pub-number')).toEqual({ count: faculty.publications.length, displayed: faculty.publications.length });
    expect((await shown('.pub-metrics')).displayed).toBe(1);
  });

  it('prints abstracts shown in full', async () => {
    await open({ ...EVERY_OPTION, abstracts: 'show' }, 'print');
    const abstracts = await shown('p.abstract');
    expect(abstracts.count).toBeGreaterThan(20);
    expect(abstracts.displayed).toBe(abstracts.count);
  });

  (existsSync(PDFTOTEXT) ? it : it.skip)('puts the numbers, prefixes and metrics in the PDF text, and no collapsed abstract', async () => {
    await open({ ...EVERY_OPTION, abstracts: 'collapse', bibtex: true }, 'print');
    const text = pdfText(await page.pdf({ format: 'A4', printBackground: true }));
    for (const number of ['[J1]', '[J21]', '[C1]', '[C21]', '[W9]', '[P1]', '[P6]', '[T2]', '[B2]', '[BC4]', '[O4]'])
      expect(text).toContain(number);
    expect(text).toMatch(/Citations: [\d,]+ · h-index: \d+ · i10-index: \d+/);
    expect(text).toMatch(/Cited by \d+/);
    expect(text).toContain('Grace Mwangi, Jürgen Schmidt, …, Dubois, Hélène, … and 27 more');
    expect(text).not.toContain(ABSTRACT.slice(0, 30));
    expect(text).not.toContain('Abstract');
    expect(text).not.toMatch(/BibTeX|@article|@inproceedings/);

    await open({ ...EVERY_OPTION, abstracts: 'show' }, 'print');
    expect(pdfText(await page.pdf({ format: 'A4', printBackground: true }))).toContain('We study');
  });
});
