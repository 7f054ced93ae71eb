// The packed tarball, as npm would publish it: publint and are-the-types-wrong find nothing, and
// TypeScript users get the types of the module they load: index.d.mts for import, index.d.cts for
// require, with the exported `Resume` type for the input. `npm test` builds dist/ first.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { packTheme } from '../helpers/clientProject';
import { ROOT } from '../helpers/paths';

jest.setTimeout(60_000);

const PACKAGE = 'jsonresume-theme-scholar';
const execFileAsync = promisify(execFile);

interface Run {
  code: number;
  stdout: string;
}

/** Runs a Node script of a devDependency (publint, attw, tsc) and keeps its exit code. */
async function runBin(script: string, args: string[], cwd = ROOT): Promise<Run> {
  try {
    const { stdout } = await execFileAsync(process.execPath, [join(ROOT, 'node_modules', script), ...args], { cwd, maxBuffer: 32 << 20 });
    return { code: 0, stdout };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failure.code ?? -1, stdout: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
  }
}

let workDir: string;
let tarball: string;

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'scholar-types-'));
  tarball = await packTheme(workDir);
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('the packed tarball', () => {
  it('passes publint, suggestions included', async () => {
    const { code, stdout } = await runBin('publint/src/cli.js', ['run', tarball, '--level', 'suggestion', '--strict']);
    expect(stdout).toContain('All good!');
    expect(code).toBe(0);
  });

  it('passes are-the-types-wrong in every resolution mode, each finding the types of its own build', async () => {
    const { code, stdout } = await runBin('@arethetypeswrong/cli/dist/index.js', [tarball, '--format', 'json', '--no-definitely-typed']);
    const { analysis } = JSON.parse(stdout) as {
      analysis: {
        problems: unknown[];
        entrypoints: Record<
          string,
          { resolutions: Record<string, { resolution?: { fileName: string }; implementationResolution?: { fileName: string } }> }
        >;
      };
    };
    expect(analysis.problems).toEqual([]);
    expect(code).toBe(0);
    const resolved = Object.entries(analysis.entrypoints['.']?.resolutions ?? {}).map(
      ([mode, { resolution, implementationResolution }]) => [
        mode,
        resolution?.fileName.replace(`/node_modules/${PACKAGE}/`, ''),
        implementationResolution?.fileName.replace(`/node_modules/${PACKAGE}/`, ''),
      ],
    );
    expect(resolved).toEqual([
      ['node10', 'dist/index.d.cts', 'dist/index.cjs'],
      ['node16-cjs', 'dist/index.d.cts', 'dist/index.cjs'],
      ['node16-esm', 'dist/index.d.mts', 'dist/index.mjs'],
      ['bundler', 'dist/index.d.mts', 'dist/index.mjs'],
    ]);
  });
});

describe('TypeScript users of the packed package (module nodenext)', () => {
  const CONSUMER: Record<string, string> = {
    'tsconfig.json': JSON.stringify({
      compilerOptions: {
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2020',
        lib: ['es2020'],
        strict: true,
        noEmit: true,
        types: [],
      },
      include: ['*.mts', '*.cts'],
    }),
    'esm.mts': [
      `import theme, { render, validate, pdfRenderOptions, type Problem, type Resume } from '${PACKAGE}';`,
      "const resume: Resume = { basics: { name: 'Ada' }, publications: [{ name: 'P', authors: ['Ada'], venue: 'COLM 2024', status: 'Accepted' }] };",
      'const html: string = render(resume, { locale: "de" });',
      'const viaDefault: string = theme.render(resume);',
      "const problems: Problem[] = validate(JSON.parse('{}') as unknown);",
      'const checked: Problem[] = validate(resume);',
      "const media: 'print' = pdfRenderOptions.mediaType;",
      'export { html, viaDefault, problems, checked, media };',
      '',
    ].join('\n'),
    'wrong.mts': [
      `import theme, { render } from '${PACKAGE}';`,
      '// The ESM build has no default.default: in the old CJS-only types this type-checked and threw.',
      'theme.default.render({});',
      'render({ basics: { name: 42 } });',
      "render(JSON.parse('{}') as unknown);",
      '',
    ].join('\n'),
    'cjs.cts': [
      `import theme = require('${PACKAGE}');`,
      'const resume: theme.Resume = { work: [{ name: "Lab", startDate: "2021-08" }] };',
      'const html: string = theme.render(resume) + theme.default.render(resume);',
      'const problems: theme.Problem[] = theme.validate(resume);',
      'export = { html, problems };',
      '',
    ].join('\n'),
  };

  let errors: string[];

  beforeAll(async () => {
    const project = join(workDir, 'consumer');
    mkdirSync(join(project, 'node_modules'), { recursive: true });
    await execFileAsync('tar', ['xzf', tarball, '-C', project]);
    renameSync(join(project, 'package'), join(project, 'node_modules', PACKAGE));
    for (const [name, text] of Object.entries(CONSUMER)) writeFileSync(join(project, name), text);
    const { stdout } = await runBin('typescript/bin/tsc', ['-p', 'tsconfig.json', '--pretty', 'false'], project);
    errors = stdout.split('\n').filter((line) => line.includes('error TS'));
  });

  it('type-check imports and requires of render, validate, the default export and the Resume type', () => {
    expect(errors.filter((line) => !line.startsWith('wrong.mts'))).toEqual([]);
  });

  it('get errors for default.default, a wrongly typed field and an unchecked value given to render', () => {
    expect(errors.map((line) => line.replace(/: error (TS\d+).*/, ' $1'))).toEqual([
      'wrong.mts(3,7) TS2339',
      'wrong.mts(4,20) TS2322',
      'wrong.mts(5,8) TS2345',
    ]);
  });
});
