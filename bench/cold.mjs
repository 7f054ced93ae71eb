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
// Read and parsed outside the render's time: a host parses the file before it calls the theme.
const resume = JSON.parse(readFileSync(inputPath, 'utf8'));
const parsed = performance.now();
const html = await render(resume);
const rendered = performance.now();
process.stdout.write(JSON.stringify({ importMs: loaded - start, renderMs: rendered - parsed, length: html.length }));
