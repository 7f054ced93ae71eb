// Array helpers for the code the render runs (every layer may use them; lint asks for `mapped` and
// `kept` there).

/**
 * What `items.map(fn)` returns, built without `map()`. V8's `map()` builtin returns a packed array,
 * but the `map()` that its optimising compiler inlines returns a holey one: a function optimised on
 * the arrays of the builtin then meets arrays of another map once the function that makes them is
 * optimised too, is thrown back to unoptimised code ("wrong map") and waits some hundred renders to
 * be optimised again. An array made with its length is holey in every tier. On sample-resume.json
 * with two profiles, 12 such deoptimisations in 800 renders became 3, and its renders 31 to 330 take
 * 6% fewer instructions (figures in docs/benchmarks.md).
 */
export function mapped<T, U>(items: readonly T[], fn: (item: T, index: number) => U): U[] {
  const result = new Array<U>(items.length);
  for (let index = 0; index < items.length; index++) result[index] = fn(items[index] as T, index);
  return result;
}

/**
 * What `items.filter(keep)` returns, built without `filter()`, for the reason of mapped(): V8's
 * builtin and its inlined form return arrays of different maps, so a reader optimised on one is thrown
 * back when the other comes.
 */
export function kept<T, S extends T>(items: readonly T[], keep: (item: T, index: number) => item is S): S[];
export function kept<T>(items: readonly T[], keep: (item: T, index: number) => unknown): T[];
export function kept<T>(items: readonly T[], keep: (item: T, index: number) => unknown): T[] {
  const result = new Array<T>(items.length);
  let length = 0;
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as T;
    if (keep(item, index)) result[length++] = item;
  }
  if (length < items.length) result.length = length;
  return result;
}
