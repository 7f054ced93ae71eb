// One cold render in a fresh process: load the theme, read the input, render once, await. Prints
// the milliseconds of the import and of the first render, timed inside; run.mjs also times the whole
// process from the outside. The specifier `none` only reads the input: the baseline.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadRender } from './themes.mjs';

const [specifier, inputPath] = process.argv.slice(2);
const start = performance.now();
const render = specifier === 'none' ? () => '' : await loadRender(specifier);
const loaded = performance.now();
const html = await render(JSON.parse(readFileSync(inputPath, 'utf8')));
const rendered = performance.now();
process.stdout.write(JSON.stringify({ importMs: loaded - start, renderMs: rendered - loaded, length: html.length }));
