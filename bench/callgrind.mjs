// Reading valgrind callgrind's output of a node process that wrote its map of generated code
// (`--perf-basic-prof`): instructions by function, with JavaScript functions, builtins and regular
// expressions named from the map (callgrind knows only addresses there), and the instructions spent
// under a few entry points (the optimising compiler, the garbage collector), counted from the call
// graph. Needs callgrind's `--dump-instr=yes`: the map is by address.
import { readFileSync } from 'node:fs';

/** Looks an address up in node's perf map: `start size name` per line, in hexadecimal. */
function perfMapNames(path) {
  const ranges = readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [start, size, ...name] = line.split(' ');
      return { start: parseInt(start, 16), end: parseInt(start, 16) + parseInt(size, 16), name: name.join(' ') };
    })
    .sort((a, b) => a.start - b.start);
  return (address) => {
    let low = 0;
    let high = ranges.length - 1;
    let found;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (ranges[middle].start <= address) {
        found = ranges[middle];
        low = middle + 1;
      } else high = middle - 1;
    }
    return found && address < found.end ? found.name : undefined;
  };
}

// A cost line: the instruction's address (absolute, relative to the last one, or the same), its
// source line, then the count.
const COST_LINE = /^(0x[0-9a-f]+|[+-]\d+|\*)\s+\S+\s+(\d+)/;
const NAMED = /^\((\d+)\)(?: (.*))?$/;
// Names of functions whose code callgrind found no symbol for: generated code.
const UNNAMED = /^0x|\?\?\?/;

/**
 * Self instructions by function name, and the inclusive instructions of calls into the functions
 * named in `entries` (calls into an entry from another entry are left out; a collection that starts
 * deeper inside a compile counts under both).
 * @param {string} outPath callgrind's output file
 * @param {string} mapPath node's /tmp/perf-PID.map
 * @param {RegExp} entries
 */
export function readCallgrind(outPath, mapPath, entries) {
  const nameAt = perfMapNames(mapPath);
  const names = new Map();
  const nameOf = (spec) => {
    const match = NAMED.exec(spec);
    if (!match) return spec;
    if (match[2] !== undefined) names.set(match[1], match[2]);
    return names.get(match[1]) ?? spec;
  };
  /** @type {Map<string, number>} */
  const self = new Map();
  /** @type {Map<string, number>} */
  const under = new Map();
  let fn = '';
  let callee = '';
  let address = 0;
  let inCall = false;
  for (const line of readFileSync(outPath, 'utf8').split('\n')) {
    if (line.startsWith('fn=')) fn = nameOf(line.slice(3));
    else if (line.startsWith('cfn=')) callee = nameOf(line.slice(4));
    else if (line.startsWith('calls=')) inCall = true;
    else {
      const cost = COST_LINE.exec(line);
      if (!cost) continue;
      const position = cost[1];
      address = position.startsWith('0x') ? parseInt(position, 16) : position === '*' ? address : address + Number(position);
      const count = Number(cost[2]);
      if (inCall) {
        // The line after `calls=` is the call's inclusive cost, at the caller's address.
        inCall = false;
        if (entries.test(callee) && !entries.test(fn)) under.set(callee, (under.get(callee) ?? 0) + count);
        continue;
      }
      const name = UNNAMED.test(fn) || !fn ? (nameAt(address) ?? 'generated code (unnamed)') : fn;
      self.set(name, (self.get(name) ?? 0) + count);
    }
  }
  return { self, under };
}
