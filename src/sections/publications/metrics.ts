// Citation metrics from the papers' own counts (publications[].citations).

export interface CitationMetrics {
  /** The sum of all counts. */
  citations: number;
  /** The largest h such that h papers have at least h citations each. */
  hIndex: number;
  /** The number of papers with at least 10 citations. */
  i10Index: number;
}

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
