import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli, tempDir } from './run';

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
    const result = JSON.parse(stdout) as { valid: boolean; errors: number; warnings: number; problems: { path: string; severity: string }[] };
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
});
