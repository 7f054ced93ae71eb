// `--variant NAME` on render and preview (pdf: test/cli/pdf.test.ts): the same page as
// render(resume, { variant }), and exit 2 listing the variants when the name is unknown.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, FIXTURES, runCli, tempDir } from '../helpers/cli';
import { builtTheme } from '../helpers/built';

const theme = builtTheme();
const FACULTY = join(FIXTURES, 'faculty-cv.json');
const faculty = JSON.parse(readFileSync(FACULTY, 'utf8')) as Record<string, unknown>;

describe('scholar render --variant', () => {
  it.each(['short', 'tenure'])('writes render(resume, { variant: "%s" }), not the full CV', async (variant) => {
    const { code, stdout, stderr } = await runCli(['render', FACULTY, '--variant', variant]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(theme.render(faculty, { variant }));
    expect(stdout).not.toBe(theme.render(faculty));
  });

  it('exits 2 on an unknown name, listing the variants there are, and writes nothing', async () => {
    const out = join(tempDir(), 'cv.html');
    const { code, stdout, stderr } = await runCli(['render', FACULTY, '--variant', 'shortest', '-o', out]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe(`error: ${FACULTY}: no variant named "shortest"; its variants are: short, tenure`);
    expect(existsSync(out)).toBe(false);
  });

  it('says how to add variants when the resume has none', async () => {
    const { code, stderr } = await runCli(['render', '--variant', 'short'], { input: JSON.stringify({ basics: { name: 'No Variants' } }) });
    expect(code).toBe(2);
    expect(stderr).toContain('error: <stdin>: no variant named "short"; it defines none (add them under meta.themeOptions.variants');
  });

  it('applies meta.themeOptions.variant without the flag, and warns when it names no variant', async () => {
    const chosen = { ...faculty, meta: { themeOptions: { ...(faculty.meta as { themeOptions: object }).themeOptions, variant: 'short' } } };
    const withMeta = await runCli(['render'], { input: JSON.stringify(chosen) });
    expect(withMeta.stdout).toBe(theme.render(chosen));
    expect(withMeta.stdout).toBe(theme.render(faculty, { variant: 'short' }));

    const unknown = { ...chosen, meta: { themeOptions: { ...chosen.meta.themeOptions, variant: 'gone' } } };
    const warned = await runCli(['render'], { input: JSON.stringify(unknown) });
    expect(warned.code).toBe(0);
    expect(warned.stdout).toBe(theme.render(faculty));
    expect(warned.stderr.trim()).toBe(
      'warning: <stdin>: meta.themeOptions.variant "gone" is not a variant of this resume, so none is applied; its variants are: short, tenure',
    );
  });
});

describe('scholar preview --variant', () => {
  it('exits 2 before serving when the variant is unknown', async () => {
    const { code, stdout, stderr } = await runCli(['preview', FACULTY, '--port', '0', '--variant', 'nope']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('no variant named "nope"; its variants are: short, tenure');
  });

  it('serves the variant, and shows an error in the page when an edit removes it', async () => {
    const file = join(tempDir(), 'resume.json');
    writeFileSync(file, JSON.stringify(faculty));
    const child = spawn(process.execPath, [CLI, 'preview', file, '--port', '0', '--variant', 'short']);
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let stdout = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
          stdout += chunk;
          const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout)?.[0];
          if (found) resolve(found);
        });
        child.on('close', (code) => reject(new Error(`preview exited with ${code}`)));
      });
      const page = await (await fetch(url)).text();
      // The preview is the page plus its reload script.
      expect(page.replace(/<script>[\s\S]*?<\/script>/, '')).toBe(theme.render(faculty, { variant: 'short' }));

      writeFileSync(file, JSON.stringify({ basics: { name: 'No Variants Now' } }));
      for (let attempt = 0; attempt < 100; attempt++) {
        const response = await fetch(url);
        const html = await response.text();
        if (response.status === 500) {
          expect(html).toContain('no variant named &#34;short&#34;');
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('the page never showed the missing variant');
    } finally {
      child.kill('SIGINT');
    }
  });
});
