// The package as hosts load it: dist/ through require() (resume-cli) and import() (resumed), the
// default export (the registry), and what `npm pack` would publish. `npm test` builds dist/ first.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render as sourceRender } from '../../index';
import sampleCv from '../../sample-resume.json';
import { ROOT } from '../helpers/paths';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** Runs a script in a fresh Node process from the package ROOT and returns its stdout. */
function node(args: string[], script: string): string {
  return execFileSync(process.execPath, [...args, script], { cwd: ROOT, encoding: 'utf8', maxBuffer: 32 << 20 });
}

describe('package.json', () => {
  it('points main, exports and types at the builds, each build with types of its own module kind', () => {
    expect(pkg.main).toBe('./dist/index.cjs');
    expect(pkg.exports['.']).toEqual({
      import: { types: './dist/index.d.mts', default: './dist/index.mjs' },
      require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
    });
    expect(pkg.types).toBe('./dist/index.d.cts');
    expect(pkg.license).toBe('MIT');
  });

  it('has preact and preact-render-to-string as runtime dependencies', () => {
    expect(Object.keys(pkg.dependencies)).toEqual(expect.arrayContaining(['preact', 'preact-render-to-string']));
  });

  it('publishes the builds, their types, the schema, the sample, the licence, README and changelog, and nothing else', () => {
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' }));
    const paths: string[] = packed.files.map((file: { path: string }) => file.path);
    expect(paths.sort()).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'dist/cli.cjs',
      'dist/index.cjs',
      'dist/index.d.cts',
      'dist/index.d.mts',
      'dist/index.mjs',
      'package.json',
      'sample-resume.json',
      'schema.json',
    ]);
  });

  it('has an MIT licence naming its holders, and a changelog with an Unreleased section', () => {
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(
      /^MIT License\n\nCopyright \(c\) \d{4} jsonresume-theme-scholar contributors\n/,
    );
    const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toContain('https://keepachangelog.com/');
    expect(changelog).toMatch(/^## \[Unreleased\]$/m);
    expect(changelog).toMatch(new RegExp(`^## \\[${pkg.version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'));
  });
});

describe('the built package', () => {
  const expected = sourceRender(sampleCv);

  it('works through require(), with render, default.render and pdfRenderOptions', () => {
    const out = node(
      ['-e'],
      `
      const theme = require('jsonresume-theme-scholar');
      const resume = require('./sample-resume.json');
      process.stdout.write(JSON.stringify({
        html: theme.render(resume),
        sameDefault: theme.default.render(resume) === theme.render(resume),
        pdf: theme.pdfRenderOptions,
      }));`,
    );
    const result = JSON.parse(out);
    expect(result.html).toBe(expected);
    expect(result.sameDefault).toBe(true);
    expect(result.pdf).toEqual({ mediaType: 'print', printBackground: true, preferCSSPageSize: true });
  });

  it('works through import(), with the named render export', () => {
    const out = node(
      ['--input-type=module', '-e'],
      `
      import { render, pdfRenderOptions } from 'jsonresume-theme-scholar';
      import theme from 'jsonresume-theme-scholar';
      import { readFileSync } from 'node:fs';
      const resume = JSON.parse(readFileSync('./sample-resume.json', 'utf8'));
      process.stdout.write(JSON.stringify({ html: render(resume), sameDefault: theme.render(resume) === render(resume), pdf: pdfRenderOptions }));`,
    );
    const result = JSON.parse(out);
    expect(result.html).toBe(expected);
    expect(result.sameDefault).toBe(true);
    expect(result.pdf).toEqual({ mediaType: 'print', printBackground: true, preferCSSPageSize: true });
  });

  it('renders synchronously without touching the file system or the network', () => {
    const out = node(
      ['-e'],
      `
      const fs = require('node:fs');
      const resume = JSON.parse(fs.readFileSync('./sample-resume.json', 'utf8'));
      const { render } = require('jsonresume-theme-scholar');
      const used = [];
      for (const name of Object.keys(fs)) {
        if (typeof fs[name] === 'function') fs[name] = () => { used.push(name); throw new Error('fs.' + name); };
      }
      globalThis.fetch = () => { used.push('fetch'); throw new Error('fetch'); };
      const html = render(resume);
      process.stdout.write(JSON.stringify({ type: typeof html, isPromise: html instanceof Promise, used }));`,
    );
    expect(JSON.parse(out)).toEqual({ type: 'string', isPromise: false, used: [] });
  });

  it('ships its CSS inside the bundles and no Node-only imports', () => {
    for (const file of ['dist/index.cjs', 'dist/index.mjs']) {
      const code = readFileSync(join(ROOT, file), 'utf8');
      expect(code).toContain('--accent-base');
      expect(code).not.toMatch(/require\(["'](node:)?(fs|path|os|child_process)["']\)|from ?["'](node:)?(fs|path|os)["']/);
    }
  });
});
