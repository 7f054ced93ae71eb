// `npm run bench:pairs -- a.mjs b.mjs`: two builds of this theme timed against each other in the
// bench's process, with the four peers, on the small inputs. A build rendered right after the other
// build's render of the same CV finds some of the shared code and data (preact, V8's builtins) in the
// processor's caches, and is about 100 µs faster for it on a research CV: a single run cannot compare
// two builds. So each pair is two fresh processes, one with the rounds in the order A, B, peers and
// one in the order B, A, peers; B − A is the mean of the two differences, one per place.
// Options: --input name,name (default sample-profiles,research; see bench/inputs.mjs; or resumes'
// .json files), --pairs N (default 3), --rounds N (default 300, as `npm run bench`). Build each
// revision with `npm run build` (a git worktree with node_modules linked) and pass its dist/index.mjs.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inputNamed } from './inputs.mjs';
import { THEMES, SELF, loadRender } from './themes.mjs';
import { interleavedRounds, warmupRounds } from './rounds.mjs';
import { median, table } from './stats.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const peers = THEMES.filter((theme) => theme.name !== SELF);

if (args[0] === '--child') {
  // One process: the two builds in the given order, then the peers; prints each build's median (ms).
  const [, inputName, rounds, ...builds] = args;
  const input = inputNamed(inputName);
  const themes = [];
  for (const [index, specifier] of builds.entries()) themes.push({ name: `build${index}`, render: await loadRender(specifier) });
  for (const peer of peers) themes.push({ name: peer.name, render: await loadRender(peer.specifier) });
  const { samples } = await interleavedRounds(themes, input.resume(), Number(rounds), warmupRounds(Number(rounds)));
  console.log(JSON.stringify(themes.map((theme) => median(samples.get(theme.name) ?? []))));
} else {
  const builds = args.filter((arg, index) => arg.endsWith('.mjs') && !args[index - 1]?.startsWith('--'));
  if (builds.length !== 2) throw new Error('bench: give two built bundles, e.g. ../before/dist/index.mjs dist/index.mjs');
  const [a, b] = builds.map((path) => pathToFileURL(resolve(path)).href);
  const inputs = option('--input', 'sample-profiles,research').split(',');
  const pairs = Number(option('--pairs', '3'));
  const rounds = option('--rounds', '300');
  const script = fileURLToPath(import.meta.url);
  /** Medians in µs: [first build, second build, ...peers]. */
  const run = (input, first, second) => {
    const child = spawnSync(process.execPath, [script, '--child', input, rounds, first, second], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`bench: ${input} failed\n${child.stderr}`);
    return JSON.parse(child.stdout).map((ms) => (ms === null ? NaN : ms * 1000));
  };
  const µs = (value) => (Number.isFinite(value) ? value.toFixed(0) : 'n/a');
  console.log(`A: ${builds[0]}\nB: ${builds[1]}\n${pairs} pairs of processes per input, ${rounds} rounds each (µs, medians)\n`);
  const elegant = 2 + peers.findIndex((peer) => peer.name === 'elegant');
  for (const input of inputs) {
    const rows = [];
    const differences = [];
    for (let pair = 1; pair <= pairs; pair += 1) {
      const ab = run(input, a, b);
      const ba = run(input, b, a);
      const [aFirst, bSecond, bFirst, aSecond] = [ab[0], ab[1], ba[0], ba[1]];
      const difference = (bFirst - aFirst + (bSecond - aSecond)) / 2;
      differences.push(difference);
      rows.push([
        `pair ${pair}`,
        µs(aFirst),
        µs(bFirst),
        µs(aSecond),
        µs(bSecond),
        µs(difference),
        `${µs(ab[elegant])}, ${µs(ba[elegant])}`,
      ]);
    }
    const mean = differences.reduce((sum, value) => sum + value, 0) / differences.length;
    console.log(
      `${input}: B − A ${mean >= 0 ? '+' : ''}${µs(mean)} µs (pairs from ${µs(Math.min(...differences))} to ${µs(Math.max(...differences))})`,
    );
    console.log(table([['', 'A first', 'B first', 'A second', 'B second', 'B − A', 'elegant'], ...rows]));
    console.log('');
  }
}
