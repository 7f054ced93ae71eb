// Timed renders in interleaved rounds, as `npm run bench` and `bench/pairs.mjs` run them.
import { performance } from 'node:perf_hooks';
import { entryOf } from './stats.mjs';

/**
 * One render, timed. The input is cloned outside the timing: some themes mutate what they are given.
 * `collectFirst` runs a full garbage collection before the clock starts (node --expose-gc), so a render
 * is not billed for garbage an earlier render (its own or another theme's) left behind.
 * @returns {Promise<{ time: number, html: string, error?: Error }>}
 */
async function timeRender(theme, resume, collectFirst = false) {
  const copy = structuredClone(resume);
  if (collectFirst) globalThis.gc?.();
  const start = performance.now();
  try {
    const html = await theme.render(copy);
    return { time: performance.now() - start, html };
  } catch (error) {
    return { time: NaN, html: '', error: error instanceof Error ? error : new Error(String(error)) };
  }
}

/** The untimed rounds before a small input's timed ones: a tenth of them, at least three. */
export const warmupRounds = (rounds) => Math.max(3, Math.round(rounds / 10));

/**
 * Interleaved rounds: every theme renders once per round, the starting theme rotating each round;
 * `warmup` rounds first, untimed.
 * @param {{ name: string, render: (resume: unknown) => unknown }[]} themes
 */
export async function interleavedRounds(themes, resume, rounds, warmup, collectFirst = false) {
  /** @type {Map<string, number[]>} */
  const samples = new Map(themes.map((theme) => [theme.name, []]));
  /** @type {Map<string, string>} */
  const html = new Map();
  // A theme that throws on an input is reported as failing it, and left out of the ratios.
  /** @type {Map<string, Error>} */
  const errors = new Map();
  for (let round = -warmup; round < rounds; round += 1) {
    for (let offset = 0; offset < themes.length; offset += 1) {
      const theme = themes[(Math.max(round, 0) + offset) % themes.length];
      if (errors.has(theme.name)) continue;
      const result = await timeRender(theme, resume, collectFirst);
      if (result.error) errors.set(theme.name, result.error);
      else if (round >= 0) entryOf(samples, theme.name).push(result.time);
      html.set(theme.name, result.html);
    }
  }
  return { samples, html, errors };
}
