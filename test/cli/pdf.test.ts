import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describeWithChromium } from '../helpers/chromium';
import { ROOT, runCli, tempDir } from './run';

const SAMPLE = join(ROOT, 'sample-resume.json');
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
    writeFileSync(join(dir, 'my-cv.json'), JSON.stringify({ basics: { name: 'Paper Person' }, meta: { themeOptions: { paper: 'letter' } } }));
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
      if (name !== 'playwright-core' && !name.startsWith('.')) symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
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
