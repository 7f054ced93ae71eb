// Citation metrics: from the papers' own counts (publications[].citations), or as written for the
// whole profile (a top-level citationMetrics object, as cvkit writes it from Semantic Scholar).
import type { CitationMetrics } from '../../model/types';
import { isObject } from '../../model/read';

/** A citation count as written: a non-negative integer, else nothing. */
export function citationCount(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

export function citationMetrics(counts: readonly number[]): CitationMetrics {
  const descending = [...counts].sort((a, b) => b - a);
  let hIndex = 0;
  while (hIndex < descending.length && (descending[hIndex] ?? 0) >= hIndex + 1) hIndex += 1;
  let citations = 0;
  let i10Index = 0;
  for (const count of counts) {
    citations += count;
    if (count >= 10) i10Index += 1;
  }
  return { citations, hIndex, i10Index };
}

/**
 * The figures written for the whole profile, `{ "citations" (or "totalCitations"), "hIndex", "i10Index" }`:
 * they count papers the CV does not list, so they win over the sums of the papers shown.
 */
export function writtenMetrics(value: unknown): Partial<CitationMetrics> | undefined {
  if (!isObject(value)) return undefined;
  const figures: Partial<CitationMetrics> = {
    citations: citationCount(value.citations ?? value.totalCitations),
    hIndex: citationCount(value.hIndex),
    i10Index: citationCount(value.i10Index),
  };
  return Object.values(figures).some((figure) => figure !== undefined) ? figures : undefined;
}
