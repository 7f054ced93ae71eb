// `npm run bench`: this theme against the JSON Resume themes people use today, in one process.
// Warm: interleaved rounds (each round renders every theme once, in a rotating order) on the
// inputs of bench/inputs.mjs. Scale: time per entry from 350 to 2,800 entries (publications + 40% as
// many jobs). Cold: fresh processes, import + first render of the official sample and of the large
// resume, above a bare `node -e ''`. Bundle: the theme with its runtime dependencies, minified and gzipped.
// Options: --quick (fewer rounds), --rounds N (rounds for the small inputs).
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { generateResume } from './generate.mjs';
import { INPUTS as INPUT_FILES, LARGE } from './inputs.mjs';
import { THEMES, SELF, loadRender, externalAssets } from './themes.mjs';
import { median, p90, ms, kb, ratio, table, entryOf } from './stats.mjs';
import { interleavedRounds, warmupRounds } from './rounds.mjs';

/**
 * @typedef {{ median: number, p90: number, bytes: number, external: string[], error?: Error }} Stats
 */
import { bundleSize, OWN_CODE } from './bundle.mjs';
import { collectionsPerRender } from './collections.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const roundsArg = Number(args[args.indexOf('--rounds') + 1]);
const smallRounds = args.includes('--rounds') && roundsArg > 0 ? roundsArg : quick ? 60 : 300;
const largeRounds = quick ? 7 : 25;
const scaleRounds = quick ? 5 : 15;
const collectionRenders = quick ? 5 : 20;
const coldRuns = quick ? 5 : 15;

const readJson = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const INPUTS = INPUT_FILES.map((input) => ({
  name: input.label,
  file: input.name,
  resume: input.resume(),
  rounds: input.large ? largeRounds : smallRounds,
  large: Boolean(input.large),
  cold: Boolean(input.cold),
}));
const SCALE = [250, 500, 1000, 2000].map((publications) => ({ publications, jobs: (publications * LARGE.jobs) / LARGE.publications }));
const LARGEST = SCALE[SCALE.length - 1];

const themes = [];
for (const theme of THEMES) themes.push({ ...theme, render: await loadRender(theme.specifier) });
const peers = themes.filter((theme) => theme.name !== SELF);

/**
 * Garbage collections per render of a large input, counted after its timed rounds (a theme that
 * failed the input is left out): what mostly separates this theme's time from elegant's there.
 * @param {{ name: string, resume: unknown }} input
 * @param {Map<string, Error>} errors
 */
async function printCollections(input, errors) {
  const rows = [];
  for (const theme of themes) {
    if (errors.has(theme.name)) continue;
    const { young, full, paused } = await collectionsPerRender(theme.render, input.resume, collectionRenders);
    rows.push([theme.name, young.toFixed(2), full.toFixed(2), ms(paused)]);
  }
  console.log(`Garbage collections per render: ${input.name} (${collectionRenders} renders of fresh copies after the timed rounds)`);
  console.log(table([['theme', 'young generation', 'full', 'ms paused'], ...rows]));
  console.log('');
}

/** The peer with the lowest finite figure (a peer that failed the input has none). */
const fastestPeer = (values) =>
  peers.filter((peer) => Number.isFinite(values(peer))).reduce((best, peer) => (values(peer) < values(best) ? peer : best));

console.log(`jsonresume-theme-scholar benchmark · Node ${process.version} · ${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}`);
console.log(
  `peers: ${peers.map((peer) => `${peer.specifier}@${readJson(`node_modules/${peer.specifier}/package.json`).version}`).join(', ')}`,
);
console.log(`warm rounds: ${smallRounds} (small inputs), ${largeRounds} (large); cold runs: ${coldRuns}\n`);

// --- warm renders ---------------------------------------------------------------------------
/** @type {{ input: typeof INPUTS[number], stats: Map<string, Stats> }[]} */
const warm = [];
for (const input of INPUTS) {
  const { samples, html, errors } = await interleavedRounds(themes, input.resume, input.rounds, warmupRounds(input.rounds));
  /** @type {Map<string, Stats>} */
  const stats = new Map(
    themes.map((theme) => {
      const error = errors.get(theme.name);
      if (error) return [theme.name, { median: NaN, p90: NaN, bytes: NaN, external: [], error }];
      const times = samples.get(theme.name);
      return [
        theme.name,
        {
          median: median(times),
          p90: p90(times),
          bytes: Buffer.byteLength(entryOf(html, theme.name)),
          external: externalAssets(entryOf(html, theme.name)),
        },
      ];
    }),
  );
  warm.push({ input, stats });
  const best = fastestPeer((peer) => entryOf(stats, peer.name).median);
  const bestMedian = entryOf(stats, best.name).median;
  console.log(`Warm render: ${input.name} (ms; ratio = median / fastest peer's median, ${best.name})`);
  console.log(
    table([
      ['theme', 'median', 'p90', 'ratio', 'HTML', 'self-contained'],
      ...themes.map((theme) => {
        const s = entryOf(stats, theme.name);
        if (s.error) return [theme.name, 'fails', '', '', '', `${s.error.name}: ${s.error.message}`.slice(0, 70)];
        return [
          theme.name,
          ms(s.median),
          ms(s.p90),
          ratio(s.median / bestMedian),
          kb(s.bytes),
          s.external.length ? `no (${s.external.length} external)` : 'yes',
        ];
      }),
    ]),
  );
  console.log('');
  if (input.large) await printCollections(input, errors);
}

// --- scale: time per entry ----------------------------------------------------------------
const scale = [];
for (const size of SCALE) {
  // Each render starts from a collected heap (every theme alike): per-entry cost, not GC timing luck.
  const { samples } = await interleavedRounds(themes, generateResume(size), scaleRounds, 2, true);
  scale.push({ size, medians: new Map(themes.map((theme) => [theme.name, median(samples.get(theme.name))])) });
}
// Doubling the entries doubles a linear cost (ratio 2.0); a quadratic one would quadruple it.
const doublings = (name) => scale.slice(1).map((step, index) => step.medians.get(name) / scale[index].medians.get(name));
console.log(
  'Scale: median µs per entry (publications + jobs) as the resume grows; doubling = time ratio when the entries double (linear: 2.0, quadratic: 4.0)',
);
console.log(
  table([
    [
      'theme',
      ...scale.map(({ size }) => `${size.publications}+${size.jobs}`),
      ...scale.slice(1).map(({ size }) => `×2 to ${size.publications}`),
      `ms at ${LARGEST.publications}+${LARGEST.jobs}`,
    ],
    ...themes.map((theme) => {
      const perEntry = scale.map(({ size, medians }) => (medians.get(theme.name) * 1000) / (size.publications + size.jobs));
      const last = scale[scale.length - 1].medians.get(theme.name);
      return [
        theme.name,
        ...perEntry.map((value) => value.toFixed(1)),
        ...doublings(theme.name).map((value) => value.toFixed(2)),
        ms(last),
      ];
    }),
  ]),
);
console.log('');

// --- cold: a fresh process loads the theme and renders once ---------------------------------
const coldDir = mkdtempSync(join(tmpdir(), 'scholar-bench-'));
/** A fresh process: its wall time from the outside, and the first render's time measured inside. */
const run = (argv) => {
  const start = performance.now();
  const child = spawnSync(process.execPath, argv, { cwd: root, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`${argv.join(' ')} failed: ${child.stderr}`);
  const time = performance.now() - start;
  return { time, firstRender: argv[0] === '-e' ? 0 : JSON.parse(child.stdout).renderMs };
};
run(['-e', '']); // the first spawn warms the OS file cache for node itself
const cold = [];
for (const input of INPUTS.filter(({ cold }) => cold)) {
  const coldInput = join(coldDir, `${input.file}.json`);
  writeFileSync(coldInput, JSON.stringify(input.resume));
  /** @type {Map<string, number[]>} */
  const coldSamples = new Map([['node', []], ...themes.map((theme) => /** @type {[string, number[]]} */ ([theme.name, []]))]);
  /** @type {Map<string, number[]>} */
  const firstRenders = new Map(themes.map((theme) => [theme.name, []]));
  // The baseline reads and parses the same file, so "above node" is the theme's import and render.
  /** @type {(name: string, specifier: string) => [string, string[]]} */
  const coldJob = (name, specifier) => [name, [join(root, 'bench/cold.mjs'), specifier, coldInput]];
  const coldJobs = [coldJob('node', 'none'), ...themes.map((theme) => coldJob(theme.name, theme.specifier))];
  for (let index = 0; index < coldRuns; index += 1) {
    for (let offset = 0; offset < coldJobs.length; offset += 1) {
      const [name, argv] = coldJobs[(index + offset) % coldJobs.length];
      const { time, firstRender } = run(argv);
      entryOf(coldSamples, name).push(time);
      firstRenders.get(name)?.push(firstRender);
    }
  }
  const baseline = median(coldSamples.get('node'));
  const aboveNode = (name) => median(coldSamples.get(name)) - baseline;
  const coldBest = fastestPeer((peer) => aboveNode(peer.name));
  const firstRender = (name) => median(firstRenders.get(name));
  const firstBest = fastestPeer((peer) => firstRender(peer.name));
  cold.push({ input, aboveNode, coldBest, firstRender, firstBest });
  console.log(
    `Cold: fresh process, import + first render of the ${input.name} (ms; baseline: node reading the same file, ${ms(baseline)} ms)`,
  );
  console.log(
    table([
      ['theme', 'process median', 'above baseline', 'ratio', 'first render alone', 'ratio'],
      ...themes.map((theme) => [
        theme.name,
        ms(median(coldSamples.get(theme.name))),
        ms(aboveNode(theme.name)),
        ratio(aboveNode(theme.name) / aboveNode(coldBest.name)),
        ms(firstRender(theme.name)),
        ratio(firstRender(theme.name) / firstRender(firstBest.name)),
      ]),
    ]),
  );
  console.log('');
}

// --- bundle ---------------------------------------------------------------------------------
const bundle = await bundleSize(join(root, 'dist/index.mjs'));
console.log(
  'Bundle: dist/index.mjs (theme, markdown-it and validator) with its runtime dependencies, as a bundler would ship it (esbuild, minified)',
);
console.log(
  table([
    ['part', 'minified', 'gzipped'],
    ['dist/index.mjs alone', kb(bundle.ownBytes), kb(bundle.ownGzip)],
    ...bundle.packages.filter(({ name }) => name !== OWN_CODE).map(({ name, bytes }) => [`+ ${name}`, kb(bytes), '']),
    ['total', kb(bundle.bytes), kb(bundle.gzip)],
  ]),
);
console.log('');

// --- targets ----------------------------------------------------------------------------------
const selfOf = (entry) => entryOf(entry.stats, SELF);
const peerBest = (entry) => entry.stats.get(fastestPeer((peer) => entry.stats.get(peer.name).median).name).median;
// Judged from 500 entries up: below that a whole render can fit in V8's young generation, so
// whether a GC pause lands inside it (and the first doubling's ratio) is partly luck.
const worstDoubling = Math.max(...doublings(SELF).slice(1));
// Self-contained: every page the theme rendered loads nothing from elsewhere.
const selfContained = themes.filter((theme) => warm.every((entry) => entryOf(entry.stats, theme.name).external.length === 0));
const smallestHtml = warm.every((entry) => selfContained.every((theme) => !(entryOf(entry.stats, theme.name).bytes < selfOf(entry).bytes)));
const coldTargets = ({ input, aboveNode, coldBest, firstRender, firstBest }) => [
  [
    `cold import + first render, ${input.name} ≤ fastest peer`,
    aboveNode(SELF) <= aboveNode(coldBest.name),
    `${ratio(aboveNode(SELF) / aboveNode(coldBest.name))} ${coldBest.name}'s time`,
  ],
  [
    `cold first render alone, ${input.name} ≤ fastest peer`,
    firstRender(SELF) <= firstRender(firstBest.name),
    `${ratio(firstRender(SELF) / firstRender(firstBest.name))} ${firstBest.name}'s time`,
  ],
];
const warmTarget = (entry) => {
  const best = fastestPeer((peer) => entry.stats.get(peer.name).median);
  return [
    `warm ${entry.input.name} ≤ fastest peer`,
    selfOf(entry).median <= peerBest(entry),
    `${ratio(selfOf(entry).median / peerBest(entry))} ${best.name}'s time`,
  ];
};
const targets = [
  ...warm.map(warmTarget),
  ['linear in entries (from 500 up, doubling entries ≤ 2.5× time)', worstDoubling <= 2.5, `worst doubling ${worstDoubling.toFixed(2)}×`],
  ...cold.flatMap(coldTargets),
  [
    'smallest HTML among self-contained themes',
    smallestHtml,
    `self-contained: ${selfContained.map((theme) => theme.name).join(', ') || 'none'}`,
  ],
];
console.log('Targets');
console.log(table([['target', 'met', 'figure'], ...targets.map(([name, met, figure]) => [name, met ? 'yes' : 'NO', figure])]));
for (const theme of themes) {
  const external = [...new Set(warm.flatMap((entry) => entryOf(entry.stats, theme.name).external))];
  if (external.length) console.log(`  ${theme.name} loads: ${external.join(', ')}`);
}
