// `npm run bench:real`: this theme against the fastest peer on every real resume of
// test/fixtures/real-resumes that all four peers render (elegant, for one, throws without
// basics.location and basics.profiles). Each resume in its own interleaved rounds, in one process, as
// `npm run bench` times its small inputs; a resume's median follows the renders of the one before.
// Options: --rounds N (default 100), --only TEXT (the files whose name contains TEXT).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { THEMES, SELF, loadRender } from './themes.mjs';
import { median, ms, ratio, table } from './stats.mjs';
import { interleavedRounds, warmupRounds } from './rounds.mjs';

const dir = fileURLToPath(new URL('../test/fixtures/real-resumes/', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const rounds = Number(option('--rounds', 100));
const only = option('--only', '');

const themes = [];
for (const theme of THEMES) themes.push({ name: theme.name, render: await loadRender(theme.specifier) });

/** Whether every theme renders the resume to a page (a theme that throws, or writes nothing, fails it). */
async function everyThemeRenders(resume) {
  for (const theme of themes) {
    try {
      const html = await theme.render(structuredClone(resume));
      if (typeof html !== 'string' || !html) return false;
    } catch {
      return false;
    }
  }
  return true;
}

const files = readdirSync(dir).filter((file) => file.endsWith('.json') && file.includes(only));
const rows = [['resume', 'this theme (ms)', 'fastest peer (ms)', 'peer', 'ratio']];
const ratios = [];
let skipped = 0;
for (const file of files) {
  const resume = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  if (!(await everyThemeRenders(resume))) {
    skipped += 1;
    continue;
  }
  const { samples } = await interleavedRounds(themes, resume, rounds, warmupRounds(rounds));
  const self = median(samples.get(SELF) ?? []);
  const [peer, fastest] = [...samples]
    .filter(([name]) => name !== SELF)
    .map(([name, times]) => [name, median(times)])
    .sort((a, b) => a[1] - b[1])[0];
  ratios.push({ file, ratio: self / fastest });
  rows.push([file.replace(/\.json$/, ''), ms(self), ms(fastest), peer, ratio(self / fastest)]);
}

console.log(`Real resumes that every peer renders (${ratios.length} of ${files.length}; ${rounds} rounds each, medians)\n`);
console.log(table(rows));
const slower = ratios.filter((entry) => entry.ratio > 1).sort((a, b) => b.ratio - a.ratio);
console.log(
  `\nAt or below the fastest peer's time on ${ratios.length - slower.length} of ${ratios.length}; ${skipped} left out (a peer fails them).`,
);
if (slower.length) console.log(`Slower on: ${slower.map((entry) => `${entry.file} ${ratio(entry.ratio)}`).join(', ')}`);
