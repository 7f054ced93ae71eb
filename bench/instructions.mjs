// `npm run bench:instructions`: CPU instructions per render of the 1,000 publications + 300 jobs
// resume, counted by valgrind (cachegrind), for this theme and each peer. Timings on a shared or
// small machine swing by 2× from run to run; instruction counts, garbage collection included, do
// not. Each theme runs in its own single-threaded node with fixed seeds: 10 warm-up renders, then
// N renders of fresh copies; the count for 0 renders is subtracted, and so is the copying.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generateResume } from './generate.mjs';
import { THEMES, SELF, loadRender } from './themes.mjs';
import { ratio, table } from './stats.mjs';

const RENDERS = 20;
const [mode, specifier, count] = process.argv.slice(2);

if (mode === '--child') {
  // Inside valgrind: render `count` times (or only copy the input, for the baseline).
  const render = specifier === 'none' ? () => {} : await loadRender(specifier);
  const resume = generateResume({ publications: 1000, jobs: 300 });
  for (let index = 0; index < 10; index += 1) await render(structuredClone(resume));
  for (let index = 0; index < Number(count); index += 1) await render(structuredClone(resume));
} else {
  const script = fileURLToPath(import.meta.url);
  const instructions = (target, renders) => {
    const args = ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath,
      '--single-threaded', '--hash-seed=1', '--random-seed=1', script, '--child', target, String(renders)];
    const run = spawnSync('valgrind', args, { encoding: 'utf8', maxBuffer: 16 << 20 });
    if (run.error) throw new Error('valgrind not found: apt-get install -y valgrind');
    const refs = /I\s+refs:\s+([\d,]+)/.exec(run.stderr)?.[1];
    if (!refs) throw new Error(`valgrind failed on ${target}: ${run.stderr.slice(-500)}`);
    return Number(refs.replaceAll(',', ''));
  };
  const perRender = (target) => (instructions(target, RENDERS) - instructions(target, 0)) / RENDERS;
  const copying = perRender('none');
  const counts = new Map(THEMES.map((theme) => [theme.name, perRender(theme.specifier) - copying]));
  const fastest = Math.min(...THEMES.filter((theme) => theme.name !== SELF).map((theme) => counts.get(theme.name)));
  console.log(`Instructions per render, 1,000 publications + 300 jobs (valgrind cachegrind, ${RENDERS} renders, GC included)`);
  console.log(table([
    ['theme', 'instructions', 'ratio to fastest peer'],
    ...THEMES.map((theme) => [theme.name, `${(counts.get(theme.name) / 1e6).toFixed(0)} M`, ratio(counts.get(theme.name) / fastest)]),
  ]));
}
