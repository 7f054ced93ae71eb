// One cold render in a fresh process: load the theme, read the input, render once, await.
// Used by run.mjs, which times the whole process from the outside.
import { readFileSync } from 'node:fs';
import { loadRender } from './themes.mjs';

const [specifier, inputPath] = process.argv.slice(2);
const render = await loadRender(specifier);
const html = await render(JSON.parse(readFileSync(inputPath, 'utf8')));
process.stdout.write(String(html.length));
