import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describeWithChromium } from '../helpers/chromium';
import { FIXTURES, ROOT, runCli, tempDir } from '../helpers/cli';

const SAMPLE = join(ROOT, 'sample-resume.json');
const FACULTY = join(FIXTURES, 'faculty-cv.json');
const POINTS_PER_MM = 72 / 25.4;

async function pageSizes(file: string): Promise<{ count: number; sizes: [number, number][]; title?: string }> {
  const pdf = await PDFDocument.load(readFileSync(file));
  const sizes = pdf.getPages().map((page): [number, number] => [Math.round(page.getWidth()), Math.round(page.getHeight())]);
  return { count: pdf.getPageCount(), sizes, title: pdf.getTitle() };
}

describeWithChromium('scholar pdf with Chromium', () => {
  jest.setTimeout(120_000);

  it.each([
    ['a4', 'A4', [Math.round(210 * POINTS_PER_MM), Math.round(297 * POINTS_PER_MM)]],
    ['letter', 'Letter', [612, 792]],
  ])('prints the sample CV on %s paper and reports the page count', async (paper, label, size) => {
    const out = join(tempDir(), `cv-${paper}.pdf`);
    const { code, stdout, stderr } = await runCli(['pdf', SAMPLE, '-o', out, '--paper', paper]);
    expect(code).toBe(0);
    const { count, sizes, title } = await pageSizes(out);
    expect(stdout.trim()).toBe(`Wrote ${out} (${count} ${count === 1 ? 'page' : 'pages'}, ${label})`);
    expect(count).toBeGreaterThanOrEqual(1);
    for (const pageSize of sizes) expect(pageSize).toEqual(size);
    expect(title).toBe('Tianhao Wu');
    // Progress goes to stderr, one step a line.
    expect(stderr).toMatch(/^Rendering .*\nStarting .*\nLaying out the page…\nPrinting on (A4|Letter) paper…\n$/);
  });

  it('names the PDF after the resume and takes the paper size from meta.themeOptions.paper', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'my-cv.json'),
      JSON.stringify({ basics: { name: 'Paper Person' }, meta: { themeOptions: { paper: 'letter' } } }),
    );
    const { code, stdout } = await runCli(['pdf', 'my-cv.json'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toContain('Wrote my-cv.pdf (1 page, Letter)');
    expect((await pageSizes(join(dir, 'my-cv.pdf'))).sizes[0]).toEqual([612, 792]);
  });

  it('reads stdin and writes the PDF to stdout with -o -', async () => {
    const { code, stdout, stderr } = await runCli(['pdf', '-o', '-'], { input: JSON.stringify({ basics: { name: 'Piped' } }) });
    expect(code).toBe(0);
    expect(stdout.startsWith('%PDF-')).toBe(true);
    expect(stderr).toContain('Printed 1 page, A4');
  });
});

describeWithChromium('scholar pdf --variant and --max-pages', () => {
  jest.setTimeout(180_000);
  let fullPages: number;
  let overBudget: { code: number | null; stdout: string; stderr: string; out: string };

  beforeAll(async () => {
    const out = join(tempDir(), 'faculty.pdf');
    overBudget = { ...(await runCli(['pdf', FACULTY, '-o', out, '--max-pages', '2'])), out };
    fullPages = (await pageSizes(out)).count;
  }, 180_000);

  it('with --max-pages below the page count: writes the PDF, exits 1 and says how many pages', () => {
    expect(fullPages).toBeGreaterThan(8);
    expect(overBudget.code).toBe(1);
    expect(overBudget.stdout).toContain(`Wrote ${overBudget.out} (${fullPages} pages, A4)`);
    expect(overBudget.stderr).toContain(`error: ${overBudget.out}: ${fullPages} pages, more than --max-pages 2. What takes the height:`);
  });

  it('lists every section by measured height, largest first, publications first on a faculty CV', () => {
    const rows = [...overBudget.stderr.matchAll(/^ {2}(\S+) +(\d+)% of the height \((\d+\.\d) pages\)$/gm)].map((row) => ({
      part: row[1],
      percent: Number(row[2]),
      pages: Number(row[3]),
    }));
    expect(rows.map((row) => row.part).sort()).toEqual([
      'awards',
      'education',
      'grants',
      'header',
      'interests',
      'languages',
      'mentoring',
      'publications',
      'service',
      'skills',
      'talks',
      'teaching',
      'work',
    ]);
    expect(rows[0]).toMatchObject({ part: 'publications' });
    expect(rows[0]!.percent).toBeGreaterThan(50);
    for (let index = 1; index < rows.length; index++) expect(rows[index]!.pages).toBeLessThanOrEqual(rows[index - 1]!.pages);
    const percent = rows.reduce((sum, row) => sum + row.percent, 0);
    expect(percent).toBeGreaterThanOrEqual(97);
    expect(percent).toBeLessThanOrEqual(103);
    // Heights as laid out, without the space left at page ends: a little less than the printed pages.
    const pages = rows.reduce((sum, row) => sum + row.pages, 0);
    expect(pages).toBeGreaterThan(fullPages - 2);
    expect(pages).toBeLessThanOrEqual(fullPages);
  });

  it('with --max-pages at or above the page count: exits 0 and says nothing more', async () => {
    const out = join(tempDir(), 'faculty.pdf');
    const { code, stdout, stderr } = await runCli(['pdf', FACULTY, '-o', out, '--max-pages', String(fullPages)]);
    expect(code).toBe(0);
    expect(stdout).toBe(`Wrote ${out} (${fullPages} pages, A4)\n`);
    expect(stderr).not.toContain('error');
  });

  it('--variant prints the variant (here: selected publications, compact) within a page budget', async () => {
    const out = join(tempDir(), 'short.pdf');
    const { code, stdout, stderr } = await runCli(['pdf', FACULTY, '-o', out, '--variant', 'short', '--max-pages', '3']);
    expect(stderr).toContain('Rendering');
    expect(code).toBe(0);
    const { count } = await pageSizes(out);
    expect(count).toBeLessThanOrEqual(3);
    expect(stdout).toBe(`Wrote ${out} (${count} ${count === 1 ? 'page' : 'pages'}, A4)\n`);
  });

  it('takes the paper from the variant, and --paper over it', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'cv.json'),
      JSON.stringify({ basics: { name: 'P' }, meta: { themeOptions: { paper: 'a4', variants: { us: { paper: 'letter' } } } } }),
    );
    expect((await runCli(['pdf', 'cv.json', '--variant', 'us'], { cwd: dir })).stdout).toContain('(1 page, Letter)');
    expect((await pageSizes(join(dir, 'cv.pdf'))).sizes[0]).toEqual([612, 792]);
    expect((await runCli(['pdf', 'cv.json', '--variant', 'us', '--paper', 'a4'], { cwd: dir })).stdout).toContain('(1 page, A4)');
    expect((await pageSizes(join(dir, 'cv.pdf'))).sizes[0]).toEqual([Math.round(210 * POINTS_PER_MM), Math.round(297 * POINTS_PER_MM)]);
  });
});

describe('scholar pdf arguments', () => {
  it.each(['0', '-1', 'two', '1.5'])('exits 2 on --max-pages %s', async (value) => {
    const { code, stderr } = await runCli(['pdf', SAMPLE, '-o', join(tempDir(), 'x.pdf'), '--max-pages', value], {
      env: { CHROME_PATH: process.execPath },
    });
    expect(code).toBe(2);
    expect(stderr).toContain('expected a whole number of pages, 1 or more');
  });

  it('exits 2 on an unknown --variant, listing the variants, and writes nothing', async () => {
    const out = join(tempDir(), 'x.pdf');
    const { code, stderr } = await runCli(['pdf', FACULTY, '-o', out, '--variant', 'long'], { env: { CHROME_PATH: process.execPath } });
    expect(code).toBe(2);
    expect(stderr.trim()).toBe(`error: ${FACULTY}: no variant named "long"; its variants are: short, tenure`);
    expect(existsSync(out)).toBe(false);
  });
});

describe('scholar pdf without what it needs', () => {
  it('exits 3 and says what to install when the browser named by CHROME_PATH does not exist', async () => {
    const dir = tempDir();
    const { code, stderr } = await runCli(['pdf', SAMPLE, '-o', join(dir, 'x.pdf')], { env: { CHROME_PATH: '/nonexistent/chrome' } });
    expect(code).toBe(3);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('CHROME_PATH=/nonexistent/chrome: no such file');
    expect(stderr).toContain('apt-get install chromium');
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
  });

  it('exits 3 and names playwright-core when the driver is not installed', async () => {
    // A copy of the built package whose node_modules has everything but playwright-core.
    const dir = tempDir();
    copyFileSync(join(ROOT, 'dist/cli.cjs'), join(dir, 'cli.cjs'));
    copyFileSync(join(ROOT, 'dist/index.cjs'), join(dir, 'index.cjs'));
    mkdirSync(join(dir, 'node_modules'));
    for (const name of readdirSync(join(ROOT, 'node_modules'))) {
      if (name !== 'playwright-core' && !name.startsWith('.'))
        symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
    }
    const { code, stderr } = await runCli(['pdf', SAMPLE, '-o', join(dir, 'x.pdf')], {
      cli: join(dir, 'cli.cjs'),
      cwd: dir,
      // Any existing file passes the browser check, which comes first.
      env: { CHROME_PATH: process.execPath },
    });
    expect(code).toBe(3);
    expect(stderr).toContain('npm install --save-dev playwright-core');
  });
});
