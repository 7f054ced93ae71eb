// `npm run bench:where`: where one theme's render spends its CPU instructions, by kind of code and by
// function, over a window of renders: valgrind's callgrind in a single-threaded node that writes a map
// of its generated code, so that JavaScript functions (by tier), builtins and regular expressions are
// named. The bench's median for a small input falls in its renders 30 to 330, while the code is still
// being optimised, so that is the default window; `--warmup 1500` shows the steady state. The
// optimising compiler's work, on a background thread in a usual node, is shown apart and left out of
// the render's total. Two runs are subtracted (the warm-up alone, and the warm-up with the counted
// renders), and so is a run that only copies the input.
// Options: --input NAME or a resume's .json file (as bench:instructions, default research),
// --theme NAME|path/to/bundle.mjs (default scholar: dist/index.mjs), --readable (this theme built
// unminified from the working tree, its functions named as in the source), --warmup N (default 30),
// --renders N (default 300, or 10 for the large inputs), --top N (functions listed, default 25).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inputNamed } from './inputs.mjs';
import { THEMES } from './themes.mjs';
import { table } from './stats.mjs';
import { readCallgrind } from './callgrind.mjs';
import { renderUnderValgrind } from './valgrind.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);

/** This theme built unminified from the working tree, in .cache/ (inside the package, so that preact resolves). */
function readableBuild() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const outfile = join(root, '.cache', 'readable', 'index.mjs');
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--readable', outfile], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('bench: the readable build failed');
  return pathToFileURL(outfile).href;
}

const input = inputNamed(option('--input', 'research'));
const themeOption = option('--theme', 'scholar');
const theme = args.includes('--readable')
  ? readableBuild()
  : (THEMES.find((candidate) => candidate.name === themeOption)?.specifier ?? pathToFileURL(resolve(themeOption)).href);
const warmup = Number(option('--warmup', 30));
const renders = Number(option('--renders', input.large ? 10 : 300));
const top = Number(option('--top', 25));

// The calls under which instructions are not the render's own code.
const COMPILER = /Runtime_CompileOptimized/;
const COLLECTOR = /Heap::CollectGarbage|IncrementalMarking::(?:Step|AdvanceOnAllocation)\(/;
const FIRST_COMPILES = /Runtime_CompileLazy|Runtime_InstallBaselineCode|Compiler::CompileBaseline|BaselineBatchCompiler::CompileBatch/;
const ENTRIES = new RegExp([COMPILER, COLLECTOR, FIRST_COMPILES].map((pattern) => pattern.source).join('|'));

/** The kind of code a function is, from its name in callgrind's output or node's perf map. */
function kindOf(name) {
  if (name.startsWith('RegExp:')) return 'regular expressions';
  if (/^JS:[*+]/.test(name)) return 'JavaScript, optimised';
  if (name.startsWith('JS:^')) return 'JavaScript, baseline (Sparkplug)';
  if (name.startsWith('JS:')) return 'JavaScript, interpreted';
  if (/^Builtins?_\w*Handler|InterpreterEntryTrampoline/.test(name)) return 'interpreter';
  if (/^Builtins?[_:]/.test(name)) return 'builtins';
  return undefined;
}

/** callgrind over `count` renders after the warm-up (target `none`: the copies alone). */
function profile(target, count) {
  const directory = mkdtempSync(join(tmpdir(), 'bench-where-'));
  const out = join(directory, 'callgrind.out');
  const run = renderUnderValgrind({
    tool: ['--tool=callgrind', '--dump-instr=yes', `--callgrind-out-file=${out}`],
    // The code map also turns V8's log on: written into the profile's directory, not the current one.
    node: ['--perf-basic-prof', '--no-logfile-per-isolate', `--logfile=${join(directory, 'v8.log')}`],
    target,
    input: input.name,
    count,
    warmup,
  });
  // node writes /tmp/perf-PID.map; valgrind runs it as the process it started.
  const mapPath = `/tmp/perf-${/==(\d+)==/.exec(run.stderr ?? '')?.[1]}.map`;
  try {
    if (run.error) throw new Error('valgrind not found: apt-get install -y valgrind');
    if (run.status !== 0) throw new Error(`valgrind failed on ${target}: ${run.stderr.slice(-500)}`);
    return readCallgrind(out, mapPath, ENTRIES);
  } finally {
    rmSync(directory, { recursive: true, force: true });
    rmSync(mapPath, { force: true });
  }
}

/** Per render: the counted run's figures less the warm-up's, by name. */
function perRender(target) {
  const base = profile(target, 0);
  const counted = profile(target, renders);
  const difference = (key) => {
    const result = new Map(counted[key]);
    for (const [name, count] of base[key]) result.set(name, (result.get(name) ?? 0) - count);
    for (const [name, count] of result) result.set(name, count / renders);
    return result;
  };
  return { self: difference('self'), under: difference('under') };
}

const sum = (values) => [...values].reduce((total, value) => total + value, 0);
const underMatching = (under, pattern) => sum([...under].filter(([name]) => pattern.test(name)).map(([, count]) => count));

const rendered = perRender(theme);
const copies = perRender('none');
const total = sum(rendered.self.values()) - sum(copies.self.values());
const compiler = underMatching(rendered.under, COMPILER) - underMatching(copies.under, COMPILER);
const collector = underMatching(rendered.under, COLLECTOR) - underMatching(copies.under, COLLECTOR);
const firstCompiles = underMatching(rendered.under, FIRST_COMPILES) - underMatching(copies.under, FIRST_COMPILES);

const byKind = new Map();
const named = new Map(rendered.self);
for (const [name, count] of copies.self) named.set(name, (named.get(name) ?? 0) - count);
for (const [name, count] of named) {
  const kind = kindOf(name);
  if (kind) byKind.set(kind, (byKind.get(kind) ?? 0) + count);
}
const render = total - compiler;
const rest = render - collector - firstCompiles - sum(byKind.values());
const thousands = (count) => `${Math.round(count / 1e3).toLocaleString('en')} k`;
const share = (count) => `${((100 * count) / render).toFixed(1)}%`;
const rows = [
  ...[...byKind].sort((a, b) => b[1] - a[1]),
  ['garbage collection', collector],
  ['parsing, bytecode and baseline compiles', firstCompiles],
  ['V8 runtime and other C++', rest],
];
console.log(
  `Where a render's instructions go: ${input.label}, ${args.includes('--readable') ? 'this theme, unminified' : themeOption}, renders ${warmup + 1} to ${warmup + renders}`,
);
console.log(`(valgrind callgrind, single-threaded node; the copy of the input a render is given subtracted)\n`);
console.log(
  table([
    ['kind of code', 'per render', 'share'],
    ...rows.map(([kind, count]) => [kind, thousands(count), share(count)]),
    ['the render', thousands(render), '100%'],
    ['optimising compiler (a background thread in node)', thousands(compiler), ''],
  ]),
);
console.log(`\nFunctions (own instructions per render; JS:* optimised, JS:^ baseline, JS:~ interpreted):\n`);
const functions = [...named].filter(([name]) => kindOf(name)).sort((a, b) => b[1] - a[1]);
console.log(
  table([
    ['function', 'per render'],
    ...functions
      .slice(0, top)
      .map(([name, count]) => [name.replace(/ (?:file:\/\/)?\/\S*\/([^/\s]+:\d+):\d+$/, ' $1').slice(0, 110), thousands(count)]),
  ]),
);
