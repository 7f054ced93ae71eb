// One fixed seed for every property, so a run is reproducible; fast-check prints the seed and
// the counterexample's path on failure. FC_SEED and FC_RUNS explore beyond the fixed runs.
import type fc from 'fast-check';

export const SEED = Number(process.env.FC_SEED ?? 20260115);

export function runs(numRuns: number): fc.Parameters<unknown> {
  const scale = Number(process.env.FC_RUNS_SCALE ?? 1);
  return { seed: SEED, numRuns: Math.max(1, Math.round(numRuns * scale)), endOnFailure: false };
}
