// Builds dist/: CommonJS and ESM bundles of the theme (CSS inlined), then type declarations.
import { build, transform } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pkg = require('../package.json');

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

export const themeBuildOptions = {
  entryPoints: ['index.ts'],
  bundle: true,
  platform: 'neutral',
  target: 'es2020',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  external: Object.keys(pkg.dependencies),
  plugins: [inlineCss],
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
};

await rm('dist', { recursive: true, force: true });
await Promise.all([
  build({ ...themeBuildOptions, format: 'cjs', outfile: 'dist/index.cjs' }),
  build({ ...themeBuildOptions, format: 'esm', outfile: 'dist/index.mjs' }),
]);
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
