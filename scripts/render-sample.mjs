// `npm start`: renders sample-resume.json (or the file given) to resume.html with the built theme.
import { readFileSync, writeFileSync } from 'node:fs';
import { render } from '../dist/index.mjs';

const input = process.argv[2] ?? 'sample-resume.json';
const output = process.argv[3] ?? 'resume.html';
writeFileSync(output, render(JSON.parse(readFileSync(input, 'utf8'))));
console.log(`Wrote ${output} from ${input}`);
