// `npm run bench:instructions`: CPU instructions per render, counted by valgrind (cachegrind), for
// this theme and each peer. Timings on a shared or small machine swing by 2× from run to run;
// instruction counts, garbage collection included, do not, once V8's garbage collector is made
// predictable: it sizes the heap from measured speeds (timing-dependent under load), so each theme
// runs with a fixed young generation (16 MB semi-spaces, node's default maximum here), a fixed heap
// growing factor and no memory reducer, in its own single-threaded node with fixed seeds: warm-up
// renders, then N renders of fresh copies; the count for 0 renders is subtracted, and so is the copying.
// Options: --input large|publications|many-authors|official|sample|sample-profiles|research, or a
// resume's .json file (default large), --renders N (default 20 for the large inputs, 200 for the small
// ones), --warmup N (uncounted renders first, default 10; a small input's steady state needs about
// 1,000, after which the optimising compiler is done), --only name,name (themes to count), --variant
// name=path/to/bundle.mjs (an extra build to compare).
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { inputNamed } from './inputs.mjs';
import { THEMES, SELF, loadRender } from './themes.mjs';
import { ratio, table, entryOf } from './stats.mjs';
import { renderUnderValgrind } from './valgrind.mjs';

const args = process.argv.slice(2);
const FAILS = 3;
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);

if (args[0] === '--child') {
  // Inside valgrind: render `count` times (or only copy the input, for the baseline).
  const [, specifier, inputName, count, warmup] = args;
  const render = specifier === 'none' ? () => {} : await loadRender(specifier);
  const resume = inputNamed(inputName).resume();
  try {
    await render(structuredClone(resume));
  } catch {
    process.exit(FAILS); // the theme cannot render this input: it is reported, not counted
  }
  for (let index = 1; index < Number(warmup); index += 1) await render(structuredClone(resume));
  for (let index = 0; index < Number(count); index += 1) await render(structuredClone(resume));
} else {
  const input = inputNamed(option('--input', 'large'));
  // Single-threaded, V8's optimising compiler runs on the main thread and is counted: with the default
  // warm-up it is most of a small input's figure (sample-resume.json: 8.4 M at 200 renders, 1.9 M in
  // the steady state after 1,000 warm-up renders).
  const renders = Number(option('--renders', input.large ? 20 : 200));
  const warmup = Number(option('--warmup', 10));
  const only = option('--only', '').split(',').filter(Boolean);
  const variants = args
    .flatMap((arg, index) => (args[index - 1] === '--variant' ? [arg.split('=')] : []))
    .map(([name, path]) => ({ name, specifier: pathToFileURL(resolve(path)).href }));
  const themes = [...THEMES.filter((theme) => !only.length || only.includes(theme.name)), ...variants];

  const instructions = (target, count) => {
    const tool = ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null'];
    const run = renderUnderValgrind({ tool, target, input: input.name, count, warmup });
    if (run.error) throw new Error('valgrind not found: apt-get install -y valgrind');
    if (run.status === FAILS) return NaN;
    const refs = /I\s+refs:\s+([\d,]+)/.exec(run.stderr)?.[1];
    if (!refs) throw new Error(`valgrind failed on ${target}: ${run.stderr.slice(-500)}`);
    return Number(refs.replaceAll(',', ''));
  };
  const perRender = (target) => (instructions(target, renders) - instructions(target, 0)) / renders;
  const copying = perRender('none');
  /** @type {Map<string, number>} */
  const counts = new Map(themes.map((theme) => [theme.name, perRender(theme.specifier) - copying]));
  const peerCounts = themes
    .filter((theme) => THEMES.includes(theme) && theme.name !== SELF)
    .map((theme) => entryOf(counts, theme.name))
    .filter(Number.isFinite);
  const fastest = peerCounts.length ? Math.min(...peerCounts) : NaN;
  // Small inputs in the steady state differ by fractions of a per cent between builds: shown to thousands.
  const millions = (count) => `${(count / 1e6).toFixed(count < 1e7 ? 3 : 1)} M`;
  console.log(`Instructions per render, ${input.label} (valgrind cachegrind, ${renders} renders after ${warmup}, GC included)`);
  console.log(
    table([
      ['theme', 'instructions', 'ratio to fastest peer'],
      ...themes.map((theme) => {
        const count = entryOf(counts, theme.name);
        return Number.isFinite(count) ? [theme.name, millions(count), ratio(count / fastest)] : [theme.name, 'fails', ''];
      }),
    ]),
  );
}
