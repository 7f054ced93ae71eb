// Garbage collections during renders, as node's perf_hooks report them. On a long page, how many
// young-generation collections a render meets decides much of its time (docs/benchmarks.md,
// "1,400 publications: collections per render").
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * @typedef {{ young: number, full: number, paused: number }} Collections
 */

/**
 * Collections per render of fresh copies of `resume`, the copying included as in the timed rounds:
 * young-generation ones, full ones, and the milliseconds paused in all of them.
 * @param {(resume: unknown) => unknown} render
 * @param {unknown} resume
 * @param {number} renders
 * @returns {Promise<Collections>}
 */
export async function collectionsPerRender(render, resume, renders) {
  /** @type {import('node:perf_hooks').PerformanceEntry[]} */
  const entries = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  try {
    for (let index = 0; index < renders; index += 1) {
      await render(structuredClone(resume));
      // Node reports a collection on the event loop, after it: each render is followed by a turn of it.
      await nextTurn();
    }
  } finally {
    observer.disconnect();
  }
  /** @param {number} kind */
  const perRender = (kind) =>
    entries.filter((entry) => /** @type {{ detail?: { kind?: number } }} */ (entry).detail?.kind === kind).length / renders;
  return {
    young: perRender(constants.NODE_PERFORMANCE_GC_MINOR),
    full: perRender(constants.NODE_PERFORMANCE_GC_MAJOR),
    paused: entries.reduce((sum, entry) => sum + entry.duration, 0) / renders,
  };
}
