// Builds dist/: CommonJS and ESM bundles of the theme (CSS inlined), the CLI, then type declarations.
import { build, transform } from 'esbuild';
import { generateDtsBundle } from 'dts-bundle-generator';
import { chmod, readFile, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { buildSchema } from '../src/schema/compile.mjs';
import { writeResumeType } from './resume-type.mjs';
import { importTypeScript } from './import-typescript.mjs';

const require = createRequire(import.meta.url);
const pkg = require('../package.json');

const { precompileJsx } = await importTypeScript('scripts/precompile-jsx.ts');
const { markdownItRewrites } = await importTypeScript('scripts/markdown-it-rewrites.ts');

/** Imports of .css files become the minified stylesheet as a string. */
const inlineCss = {
  name: 'inline-css',
  setup(builder) {
    builder.onLoad({ filter: /\.css$/ }, async ({ path }) => {
      const { code } = await transform(await readFile(path, 'utf8'), { loader: 'css', minify: true });
      if (/<\/style/i.test(code)) throw new Error(`${path} must not contain "</style"`);
      return { contents: `export default ${JSON.stringify(code.trim())};`, loader: 'js' };
    });
  },
};

/** @type {import('esbuild').BuildOptions} */
const themeBuildOptions = {
  entryPoints: ['index.ts'],
  bundle: true,
  platform: 'neutral',
  target: 'es2020',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  // markdown-it is bundled in (a devDependency): loaded from node_modules as ~25 ES modules, with
  // entities' encoder built at import time, it was most of a cold start.
  mainFields: ['module', 'main'],
  external: Object.keys(pkg.dependencies),
  // Static HTML of the components becomes template strings at build time (see precompile-jsx.ts);
  // markdown-it's class fields become plain assignments, and its punctuation test answers ASCII
  // without its Unicode patterns (see markdown-it-rewrites.ts).
  plugins: [inlineCss, precompileJsx(resolve('src/jsxSlots.ts')), markdownItRewrites()],
  minify: true,
  // Keep the licence banners of bundled libraries (markdown-it's, among others).
  legalComments: 'eof',
  logLevel: 'warning',
};

/** The CLI's import of the theme becomes `require('./index.cjs')`: one render code path for both. */
/** @type {import('esbuild').Plugin} */
const themeFromPackage = {
  name: 'theme-from-package',
  setup(builder) {
    const themeEntry = resolve('index.ts');
    builder.onResolve({ filter: /(^|\/)index$/ }, ({ path, resolveDir }) =>
      resolve(resolveDir, `${path}.ts`) === themeEntry ? { path: './index.cjs', external: true } : undefined,
    );
  },
};

// CLI-only libraries (commander, jsonc-parser, the BibTeX parser, pdf-lib) are bundled in, so they
// stay devDependencies; the optional browser driver is loaded at run time only by `pdf`.
const CLI_OUTFILE = 'dist/cli.cjs';
/** @type {import('esbuild').BuildOptions} */
const cliBuildOptions = {
  entryPoints: ['src/cli/main.ts'],
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  mainFields: ['module', 'main'],
  outfile: CLI_OUTFILE,
  banner: { js: '#!/usr/bin/env node' },
  external: [...Object.keys(pkg.dependencies), 'playwright-core'],
  plugins: [themeFromPackage, markdownItRewrites()],
  minify: true,
  // Keep the licence banners of bundled libraries (markdown-it's, among others).
  legalComments: 'eof',
  logLevel: 'warning',
};

// schema.json and the compiled validator that the bundle imports; the Resume type from schema.json.
await buildSchema();
await writeResumeType();

// `--readable FILE`: the theme's ESM bundle alone, unminified, so that a profile names its functions
// as the source does (npm run bench:where -- --readable); dist/ is left as it is.
const readable = process.argv.indexOf('--readable');
if (readable >= 0) {
  await build({ ...themeBuildOptions, minify: false, format: 'esm', outfile: process.argv[readable + 1] });
  process.exit(0);
}
await rm('dist', { recursive: true, force: true });
await Promise.all([
  build({ ...themeBuildOptions, format: 'cjs', outfile: 'dist/index.cjs' }),
  build({ ...themeBuildOptions, format: 'esm', outfile: 'dist/index.mjs' }),
  build(cliBuildOptions).then(() => chmod(CLI_OUTFILE, 0o755)),
]);

// Type declarations: tsc writes one per source file, dts-bundle-generator joins them into one file
// that imports nothing, written twice so that each build has types of its own module kind:
// index.d.mts for import (dist/index.mjs), index.d.cts for require (dist/index.cjs).
const declarations = '.cache/declarations';
await rm(declarations, { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
const [types] = generateDtsBundle([{ filePath: `${declarations}/index.d.ts`, output: { noBanner: true, exportReferencedTypes: false } }], {
  preferredConfigPath: 'tsconfig.build.json',
});
await Promise.all([writeFile('dist/index.d.mts', types), writeFile('dist/index.d.cts', types)]);
