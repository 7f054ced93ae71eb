// Renders under valgrind, as bench:instructions and bench:where count them: `count` renders of fresh
// copies after `warmup` (bench/instructions.mjs --child), in a single-threaded node with fixed seeds and
// a predictable garbage collector. V8 sizes its heap from measured speeds, which valgrind's slowdown and
// a loaded machine change from run to run; PREDICTABLE_GC is what node's --predictable-gc-schedule
// sets, but with node's usual 16 MB semi-spaces instead of 4 MB.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const PREDICTABLE_GC = ['--min-semi-space-size=16', '--max-semi-space-size=16', '--heap-growing-percent=30', '--no-memory-reducer'];
const CHILD = fileURLToPath(new URL('./instructions.mjs', import.meta.url));

/**
 * @param {{ tool: string[], node?: string[], target: string, input: string, count: number, warmup: number }} run
 * `tool`: valgrind's options; `node`: node's, beside the fixed ones; `target`: a theme's specifier, or `none` to copy only.
 */
export function renderUnderValgrind({ tool, node = [], target, input, count, warmup }) {
  const argv = [...tool, process.execPath, '--single-threaded', '--hash-seed=1', '--random-seed=1', ...PREDICTABLE_GC, ...node];
  return spawnSync('valgrind', [...argv, CHILD, '--child', target, input, String(count), String(warmup)], {
    encoding: 'utf8',
    maxBuffer: 16 << 20,
  });
}
