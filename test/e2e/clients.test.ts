// The packed theme in the real clients: resumed and resume-cli, installed from the registry into a
// temporary project beside the theme's tarball, then run as their binaries. HTML must equal render();
// PDFs must open and have as many pages as Chromium prints for the same page on the same paper: the
// clients' default (Letter) without meta.themeOptions.paper, the paper it names with it.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { render } from '../helpers/untypedRender';
import { chromiumPath, CHROMIUM_FLAGS, describeWithChromium, launchChromium } from '../helpers/chromium';
import { CLIENT_SPECS, installClientProject, packTheme, run, type ClientProject } from '../helpers/clientProject';
import { isPaper, type PAPER, readPdf } from '../helpers/browser/pdf';
import { SAMPLES } from '../helpers/browser/samples';

jest.setTimeout(120_000);

const THEME = 'jsonresume-theme-scholar';

/** The sample CV with meta.themeOptions.paper set: the clients must print on that paper. */
const PAPER_SAMPLES = (['a4', 'letter'] as const).map((paper) => ({
  paper,
  pdfPaper: paper === 'a4' ? ('A4' as const) : ('Letter' as const),
  slug: `sample-cv-${paper}`,
  resume: { ...(SAMPLES[0].resume as object), meta: { themeOptions: { paper } } },
}));
let packDir: string;
let project: ClientProject;

beforeAll(async () => {
  const started = Date.now();
  packDir = mkdtempSync(join(tmpdir(), 'scholar-pack-'));
  project = await installClientProject(await packTheme(packDir), chromiumPath);

  console.log(`Packed the theme and installed ${CLIENT_SPECS.join(', ')} in ${Math.round((Date.now() - started) / 1000)} s`);
  for (const sample of SAMPLES) writeFileSync(join(project.dir, `${sample.slug}.json`), JSON.stringify(sample.resume, null, 2));
  for (const { slug, resume } of PAPER_SAMPLES) writeFileSync(join(project.dir, `${slug}.json`), JSON.stringify(resume, null, 2));
}, 420_000);

afterAll(() => {
  for (const dir of [packDir, project?.dir]) if (dir && !process.env.SCHOLAR_E2E_KEEP) rmSync(dir, { recursive: true, force: true });
});

const inProject = (name: string) => join(project.dir, name);

describe.each(SAMPLES)('$name: HTML from the clients', ({ slug, resume }) => {
  it(`resumed render --theme ${THEME} writes exactly render()'s HTML`, async () => {
    await run(project.resumed, ['render', `${slug}.json`, '--theme', THEME, '--output', `${slug}.resumed.html`], { cwd: project.dir });
    expect(readFileSync(inProject(`${slug}.resumed.html`), 'utf8')).toBe(render(resume));
  });

  it("resume export --theme <path> (resume-cli) writes exactly render()'s HTML", async () => {
    await run(project.resumeCli, ['export', `${slug}.resume-cli.html`, '--resume', `${slug}.json`, '--theme', `./node_modules/${THEME}`], {
      cwd: project.dir,
    });
    expect(readFileSync(inProject(`${slug}.resume-cli.html`), 'utf8')).toBe(render(resume));
  });
});

describe('resume-cli with resume.yaml, whose reader makes Date objects of full dates', () => {
  const yaml = [
    'basics:',
    '  name: Yam Ell',
    'work:',
    '  - name: YAML Lab',
    '    position: Researcher',
    '    startDate: 2019-09-01',
    '    endDate: 2021-08-15',
    'publications:',
    '  - name: Dated Paper',
    '    releaseDate: 2020-05-17',
    '',
  ].join('\n');
  const sameAsText = {
    basics: { name: 'Yam Ell' },
    work: [{ name: 'YAML Lab', position: 'Researcher', startDate: '2019-09-01', endDate: '2021-08-15' }],
    publications: [{ name: 'Dated Paper', releaseDate: '2020-05-17' }],
  };

  it('gets the dates it holds on the page, exactly as if they were text', async () => {
    writeFileSync(inProject('dated.yaml'), yaml);
    // What resume-cli's YAML reader hands the theme: Dates, not strings.
    const readAsResumeCliDoes = [
      "const yaml = require(require.resolve('yaml-js', { paths: [require.resolve('resume-cli')] }));",
      "const resume = yaml.load(require('fs').readFileSync('dated.yaml', 'utf8'));",
      'process.stdout.write(String(resume.work[0].endDate instanceof Date));',
    ].join('\n');
    expect(await run(process.execPath, ['-e', readAsResumeCliDoes], { cwd: project.dir })).toBe('true');
    await run(project.resumeCli, ['export', 'dated.resume-cli.html', '--resume', 'dated.yaml', '--theme', `./node_modules/${THEME}`], {
      cwd: project.dir,
    });
    const html = readFileSync(inProject('dated.resume-cli.html'), 'utf8');
    expect(html).toContain('<time datetime="2021-08-15" dir="auto">Aug 2021</time>');
    expect(html).toBe(render(sameAsText));
  });
});

describe('a resume.json with comments and trailing commas (`scholar validate` warns about them)', () => {
  it('is refused by resumed and by resume-cli', async () => {
    writeFileSync(inProject('commented.json'), '{\n  // research CV\n  "basics": { "name": "Com Ment", },\n}\n');
    const resumed = run(project.resumed, ['render', 'commented.json', '--theme', THEME, '--output', 'commented.resumed.html'], {
      cwd: project.dir,
    });
    await expect(resumed).rejects.toThrow(/JSON/);
    const resumeCli = run(
      project.resumeCli,
      ['export', 'commented.resume-cli.html', '--resume', 'commented.json', '--theme', `./node_modules/${THEME}`],
      {
        cwd: project.dir,
      },
    );
    await expect(resumeCli).rejects.toThrow(/JSON/);
    expect(existsSync(inProject('commented.resumed.html')) || existsSync(inProject('commented.resume-cli.html'))).toBe(false);
  });
});

describeWithChromium('PDF export through the clients', () => {
  /** Pages Chromium prints for render()'s page in print media, as the clients print it: what each client should get. */
  const expectedPages = new Map<string, number>();
  const report: string[] = [];
  let browser: BrowserContext;

  beforeAll(async () => {
    browser = await launchChromium();
    const page = await browser.newPage();
    await page.emulateMedia({ media: 'print' });
    for (const { slug, resume } of [...SAMPLES, ...PAPER_SAMPLES]) {
      await page.setContent(render(resume));
      const pdf = await page.pdf({ format: 'Letter', printBackground: true, preferCSSPageSize: true });
      expectedPages.set(slug, (await readPdf(pdf)).pageCount);
    }
    await browser.close();
  });

  afterAll(() => console.log(`Client PDFs: ${report.join('; ')}`));

  async function expectPrinted(file: string, slug: string, client: string, paper: keyof typeof PAPER) {
    const pdf = await readPdf(readFileSync(inProject(file)));
    expect(pdf.pageSizes.every((size) => isPaper(size, paper))).toBe(true);
    expect(pdf.pageCount).toBe(expectedPages.get(slug));
    expect(pdf.linksByPage.flat().length).toBeGreaterThan(0);
    report.push(`${client} ${slug} ${pdf.pageCount} pages ${paper}`);
  }

  async function resumedExport(slug: string) {
    const flags = CHROMIUM_FLAGS.map((flag) => `--puppeteer-arg=${flag}`);
    await run(project.resumed, ['export', `${slug}.json`, '--theme', THEME, '--output', `${slug}.resumed.pdf`, ...flags], {
      cwd: project.dir,
      env: { PUPPETEER_EXECUTABLE_PATH: chromiumPath ?? '' },
    });
  }

  async function resumeCliExport(slug: string) {
    await run(project.resumeCli, ['export', `${slug}.resume-cli.pdf`, '--resume', `${slug}.json`, '--theme', `./node_modules/${THEME}`], {
      cwd: project.dir,
      env: { PUPPETEER_EXECUTABLE_PATH: project.chromiumWithFlags },
    });
  }

  it.each(SAMPLES)('resumed export --puppeteer-arg …, no paper set: Letter, its default: $name', async ({ slug }) => {
    await resumedExport(slug);
    await expectPrinted(`${slug}.resumed.pdf`, slug, 'resumed', 'Letter');
  });

  it.each(SAMPLES)(
    'resume export x.pdf (resume-cli, Chromium behind a flag-adding script), no paper set: Letter, its default: $name',
    async ({ slug }) => {
      await resumeCliExport(slug);
      await expectPrinted(`${slug}.resume-cli.pdf`, slug, 'resume-cli', 'Letter');
    },
  );

  it.each(PAPER_SAMPLES)('resumed export prints on meta.themeOptions.paper = $paper', async ({ slug, pdfPaper }) => {
    await resumedExport(slug);
    await expectPrinted(`${slug}.resumed.pdf`, slug, 'resumed', pdfPaper);
  });

  it.each(PAPER_SAMPLES)('resume export (resume-cli) prints on meta.themeOptions.paper = $paper', async ({ slug, pdfPaper }) => {
    await resumeCliExport(slug);
    await expectPrinted(`${slug}.resume-cli.pdf`, slug, 'resume-cli', pdfPaper);
  });
});
