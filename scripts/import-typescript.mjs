// For scripts that use TypeScript modules (type-checked with the rest): esbuild transpiles the module
// and what it imports from this repository (packages stay external), then it is imported.
import { build } from 'esbuild';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** @param {string} path a .ts file, relative to the repository root */
export async function importTypeScript(path) {
  const outfile = resolve('.cache/build', basename(path).replace(/\.ts$/, '.mjs'));
  await build({ entryPoints: [path], outfile, bundle: true, packages: 'external', platform: 'node', format: 'esm', logLevel: 'warning' });
  return import(pathToFileURL(outfile).href);
}
