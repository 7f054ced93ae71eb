// What the valgrind counts share: node's garbage collector made predictable. V8 sizes its heap from
// measured speeds, which valgrind's slowdown and a loaded machine change from run to run; this is
// what node's --predictable-gc-schedule sets, but with node's usual 16 MB semi-spaces instead of 4 MB.
export const PREDICTABLE_GC = ['--min-semi-space-size=16', '--max-semi-space-size=16', '--heap-growing-percent=30', '--no-memory-reducer'];
