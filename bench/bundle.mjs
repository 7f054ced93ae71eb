// The size a user's bundler ships for this theme: dist/index.mjs with its runtime dependencies
// bundled in (esbuild, minified), raw and gzipped, with the share of each package.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const OWN_CODE = 'dist/index.mjs';

function packageOf(path) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  return match ? match[1] : OWN_CODE;
}

export async function bundleSize(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    legalComments: 'none',
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  const shares = new Map();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = packageOf(path);
      shares.set(name, (shares.get(name) ?? 0) + bytesInOutput);
    }
  }
  const own = readFileSync(entry);
  return {
    bytes: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    ownBytes: own.length,
    ownGzip: gzipSync(own, { level: 9 }).length,
    packages: [...shares].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes),
  };
}
