// The .bib importer as the CLI bundles it: @retorquere/bibtex-parser and its dependencies ship ESM
// only, so the importer is bundled with esbuild (as scripts/build.mjs does for dist/cli.cjs) and
// loaded in-process, for tests that read many generated files.
import { buildSync } from 'esbuild';
import { resolve } from 'node:path';
import type { BibFile } from '../../src/cli/bibtex/parse';
import type { Converted } from '../../src/cli/bibtex/toPublication';
import type { LocatedEntry } from '../../src/cli/bibtex/authors';

export interface Importer {
  parseBibtex(text: string): BibFile;
  toPublication(entry: LocatedEntry): Converted;
}

let loaded: Importer | undefined;

export function loadImporter(): Importer {
  if (loaded) return loaded;
  const { outputFiles } = buildSync({
    stdin: {
      contents: "export { parseBibtex } from './src/cli/bibtex/parse'; export { toPublication } from './src/cli/bibtex/toPublication';",
      resolveDir: resolve(__dirname, '../..'),
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
  });
  const module = { exports: {} as Importer };

  new Function('module', 'exports', 'require', outputFiles[0]?.text ?? '')(module, module.exports, require);
  loaded = module.exports;
  return loaded;
}

/** Imports a .bib text as `scholar import-bibtex` does (without merging duplicates). */
export function importBib(text: string): { publications: Record<string, unknown>[]; problems: BibFile['problems'] } {
  const importer = loadImporter();
  const file = importer.parseBibtex(text);
  const converted = file.entries.map(importer.toPublication);
  return {
    publications: converted.map((entry) => entry.publication),
    problems: [...file.problems, ...converted.flatMap((entry) => entry.problems)],
  };
}
