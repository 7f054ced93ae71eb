import { readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli';

interface PackageJson {
  bin: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as PackageJson;
const CLI_ONLY = ['commander', 'jsonc-parser', '@retorquere/bibtex-parser', 'pdf-lib', 'playwright-core'];

function requiredModules(file: string): string[] {
  const code = readFileSync(join(ROOT, file), 'utf8');
  const pattern = file.endsWith('.mjs') ? /(?:^|[;}\s])import\s*(?:[^"';]*?from\s*)?"([^"]+)"/g : /\brequire\("([^"]+)"\)/g;
  return [...new Set([...code.matchAll(pattern)].map((match) => match[1] ?? ''))];
}

describe('the CLI in the package', () => {
  it('is the bin for both jsonresume-theme-scholar and scholar, an executable node script', () => {
    expect(pkg.bin).toEqual({ 'jsonresume-theme-scholar': './dist/cli.cjs', scholar: './dist/cli.cjs' });
    expect(readFileSync(join(ROOT, 'dist/cli.cjs'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(join(ROOT, 'dist/cli.cjs')).mode & 0o111).not.toBe(0);
  });

  it('keeps CLI-only libraries out of the runtime dependencies; playwright-core is an optional peer', () => {
    for (const name of CLI_ONLY) {
      expect(pkg.dependencies).not.toHaveProperty(name);
      expect(pkg.devDependencies).toHaveProperty(name);
    }
    expect(pkg.peerDependencies).toHaveProperty('playwright-core');
    expect(pkg.peerDependenciesMeta?.['playwright-core']?.optional).toBe(true);
  });

  it('bundles them into dist/cli.cjs, which loads the theme from ./index.cjs', () => {
    const allowed = new Set([
      ...builtinModules,
      ...builtinModules.map((name) => `node:${name}`),
      './index.cjs',
      ...Object.keys(pkg.dependencies),
    ]);
    const required = requiredModules('dist/cli.cjs');
    expect(required).toContain('./index.cjs');
    expect(required.filter((name) => !allowed.has(name))).toEqual([]);
  });

  // ("BibTeX" itself is a label on the page: the BibTeX toggle under a paper.)
  it('never lets them into the theme render bundles', () => {
    for (const file of ['dist/index.cjs', 'dist/index.mjs']) {
      const required = requiredModules(file);
      for (const name of CLI_ONLY) expect(required).not.toContain(name);
      expect(readFileSync(join(ROOT, file), 'utf8')).not.toMatch(/commander|jsonc|retorquere|bibtex-?parser|playwright|EventSource/i);
    }
  });
});
