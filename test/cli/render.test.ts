import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli, tempDir } from '../helpers/cli';
import { builtTheme } from '../helpers/built';

// The package's own build: the CLI must produce exactly what `require('jsonresume-theme-scholar')` does.
const theme = builtTheme();
const SAMPLE = join(ROOT, 'sample-resume.json');

describe('scholar render', () => {
  it('writes the same HTML as the package render() to stdout', async () => {
    const { code, stdout, stderr } = await runCli(['render', SAMPLE]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(theme.render(JSON.parse(readFileSync(SAMPLE, 'utf8'))));
  });

  it('never includes the preview reload script', async () => {
    const { stdout } = await runCli(['render', SAMPLE]);
    // The page's one script element is its JSON-LD data.
    expect(stdout).not.toMatch(/EventSource|<script(?! type="application\/ld\+json">)/i);
    expect(stdout.split('<script').length - 1).toBe(1);
  });

  it('writes to the file given with -o and says so', async () => {
    const out = join(tempDir(), 'cv.html');
    const { code, stdout } = await runCli(['render', SAMPLE, '-o', out]);
    expect(code).toBe(0);
    expect(stdout).toContain(`Wrote ${out}`);
    expect(readFileSync(out, 'utf8')).toContain('Tianhao Wu');
  });

  it('reads stdin when no file (or "-") is given', async () => {
    const input = JSON.stringify({ basics: { name: 'Stdin Person' } });
    for (const args of [['render'], ['render', '-']]) {
      const { code, stdout } = await runCli(args, { input });
      expect(code).toBe(0);
      expect(stdout).toContain('Stdin Person');
    }
  });

  it('accepts JSON with comments and trailing commas', async () => {
    const input = '{\n  // my CV\n  "basics": { "name": "Commented Person", /* inline */ },\n}\n';
    const { code, stdout } = await runCli(['render'], { input });
    expect(code).toBe(0);
    expect(stdout).toContain('Commented Person');
  });

  it('reports broken JSON as file:line:column in one line and exits 2', async () => {
    const file = join(tempDir(), 'broken.json');
    writeFileSync(file, '{\n  "basics": {\n    "name": "A"\n    "label": "B"\n  }\n}\n');
    const { code, stdout, stderr } = await runCli(['render', file]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`${file}:4:5: expected "," between items`);
  });

  it('exits 2 naming the file when it is missing, or when it is not a JSON object', async () => {
    const missing = await runCli(['render', 'no-such-resume.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe('error: no-such-resume.json: no such file');

    const list = await runCli(['render'], { input: '[1, 2]' });
    expect(list.code).toBe(2);
    expect(list.stderr).toContain('<stdin>: a resume must be a JSON object, found a list');

    const empty = await runCli(['render'], { input: '' });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('<stdin>: the file is empty');
  });
});
