import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli, tempDir } from '../helpers/cli';

function resumeFile(resume: unknown): string {
  const file = join(tempDir(), 'resume.json');
  writeFileSync(file, JSON.stringify(resume, null, 2));
  return file;
}

const WITH_ERRORS = {
  basics: { name: 'Ada Example', email: 'not-an-email' },
  publications: [{ name: 'A Paper', authors: ['Ada Example'], releaseDate: 'May 2024' }],
  work: [{ name: 'Lab', startDate: '2024-05', endDate: '2023-01' }],
};

const WARNINGS_ONLY = { basics: { name: 'Ada Example' }, work: [{ name: 'Lab', startDate: '2024-05', endDate: '2023-01' }] };

describe('scholar validate', () => {
  it('exits 1 on errors and prints "path: message" lines, errors before warnings', async () => {
    const file = resumeFile(WITH_ERRORS);
    const { code, stdout } = await runCli(['validate', file]);
    expect(code).toBe(1);
    expect(stdout.split('\n')[0]).toBe(`${file}: 2 errors, 1 warning`);
    const errorsAt = stdout.indexOf('Errors:');
    const warningsAt = stdout.indexOf('Warnings:');
    expect(errorsAt).toBeGreaterThan(0);
    expect(warningsAt).toBeGreaterThan(errorsAt);
    expect(stdout.slice(errorsAt, warningsAt)).toMatch(/^ {2}basics\.email: \S/m);
    expect(stdout.slice(errorsAt, warningsAt)).toMatch(/^ {2}publications\[0\]\.releaseDate: \S/m);
    expect(stdout.slice(warningsAt)).toMatch(/^ {2}work\[0\]\.endDate: \S/m);
  });

  it('exits 0 when there are only warnings', async () => {
    const { code, stdout } = await runCli(['validate', resumeFile(WARNINGS_ONLY)]);
    expect(code).toBe(0);
    expect(stdout).toContain('0 errors, 1 warning');
    expect(stdout).not.toContain('Errors:');
  });

  it('passes the sample CV', async () => {
    const { code, stdout } = await runCli(['validate', join(ROOT, 'sample-resume.json')]);
    expect(code).toBe(0);
    expect(stdout).not.toContain('Errors:');
  });

  it('--json gives machines the problems with JSON pointers, and the same exit code', async () => {
    const { code, stdout } = await runCli(['validate', '--json', resumeFile(WITH_ERRORS)]);
    expect(code).toBe(1);
    const result = JSON.parse(stdout) as {
      valid: boolean;
      errors: number;
      warnings: number;
      problems: { path: string; severity: string }[];
    };
    expect(result).toMatchObject({ valid: false, errors: 2, warnings: 1 });
    expect(result.problems.map((problem) => `${problem.severity} ${problem.path}`)).toEqual(
      expect.arrayContaining(['error /basics/email', 'error /publications/0/releaseDate', 'warning /work/0/endDate']),
    );
  });

  it('reports a resume that is not an object as an error (exit 1), and unparsable JSON as input error (exit 2)', async () => {
    const list = await runCli(['validate'], { input: '[]' });
    expect(list.code).toBe(1);
    expect(list.stdout).toContain('1 error');

    const broken = await runCli(['validate'], { input: '{ "basics": { "name": "x" } ' });
    expect(broken.code).toBe(2);
    expect(broken.stderr.trim()).toBe('error: <stdin>:1:29: expected "}" to close the object');
  });

  describe('a file with comments or trailing commas', () => {
    const jsonc = [
      '{',
      '  // research CV',
      '  "basics": { "name": "Ada Example", },',
      '  "work": [{ "name": "Lab", "startDate": "2024-05", "endDate": "2023-01" }],',
      '}',
      '',
    ].join('\n');
    const plainJsonWarning = (line: string) => line.includes('resume-cli and resumed read plain JSON only');

    it('is read, with a warning that says where, and the exit code of its other problems', async () => {
      const { code, stdout } = await runCli(['validate'], { input: jsonc });
      expect(code).toBe(0);
      expect(stdout.split('\n')[0]).toBe('<stdin>: 0 errors, 2 warnings');
      expect(stdout).toContain(
        '  <stdin>: The file has comments (the first at line 2, column 3) and trailing commas (the first at line 3, column 36): resume-cli and resumed read plain JSON only, and will refuse it.',
      );

      const withError = await runCli(['validate'], { input: jsonc.replace('"2024-05"', '"May 2024"') });
      expect(withError.code).toBe(1);
      expect(withError.stdout.split('\n').filter(plainJsonWarning)).toHaveLength(1);
    });

    it('names only what the file has: a comment alone, or a trailing comma in a list', async () => {
      const comment = await runCli(['validate'], { input: '/* CV */ { "basics": { "name": "A" } }' });
      expect(comment.stdout).toContain('The file has comments (the first at line 1, column 1): resume-cli');
      const comma = await runCli(['validate'], { input: '{ "basics": { "name": "A" },\n "interests": [{ "name": "Go" },\n ] }' });
      expect(comma.stdout).toContain('The file has trailing commas (the first at line 2, column 32): resume-cli');
    });

    it('is a warning at path "" in --json, leaving valid true', async () => {
      const { code, stdout } = await runCli(['validate', '--json'], { input: jsonc });
      expect(code).toBe(0);
      const result = JSON.parse(stdout) as {
        valid: boolean;
        warnings: number;
        problems: { path: string; message: string; severity: string }[];
      };
      expect(result).toMatchObject({ valid: true, warnings: 2 });
      expect(result.problems[0]).toMatchObject({ path: '', severity: 'warning' });
      expect(plainJsonWarning(result.problems[0]?.message ?? '')).toBe(true);
    });

    it('is not said of plain JSON, nor of commas and slashes inside strings', async () => {
      const { stdout } = await runCli(['validate'], {
        input: JSON.stringify({ basics: { name: 'A, // B', summary: 'a,] /* b */' } }, null, 2),
      });
      expect(stdout).toContain('valid, no problems found');
    });
  });

  describe('a value nested 20,000 levels deep', () => {
    const DEPTH = 20000;
    const deepHighlight = `${'['.repeat(DEPTH)}"deep"${']'.repeat(DEPTH)}`;
    const text = `{"basics":{"name":"Ada"},"work":[{"name":"Lab","highlights":["shown",${deepHighlight}]}]}`;

    it('is read from plain JSON, and named where the schema rejects it', async () => {
      const { code, stdout } = await runCli(['validate'], { input: text });
      expect(code).toBe(1);
      expect(stdout).toMatch(/^ {2}work\[0\]\.highlights\[1\]: should be text, not a list\./m);
      const rendered = await runCli(['render'], { input: text });
      expect(rendered.code).toBe(0);
      expect(rendered.stdout).toContain('shown');
    });

    it('with a comment, stops with a line that says so', async () => {
      const { code, stderr } = await runCli(['validate'], { input: `// notes\n${text}` });
      expect(code).toBe(2);
      expect(stderr).toContain('nested too deep to read');
    });
  });
});
