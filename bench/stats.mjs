// Order statistics and formatting for the benchmark tables.

export function quantile(samples, q) {
  const sorted = [...samples].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index];
}

export const median = (samples) => quantile(samples, 0.5);
export const p90 = (samples) => quantile(samples, 0.9);

export function ms(value) {
  if (!Number.isFinite(value)) return 'n/a';
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

export function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

export function ratio(value) {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a';
}

/** A plain-text table: the first row is the header; columns after the first are right-aligned. */
export function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  const line = (row) =>
    row.map((cell, column) => (column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]))).join('  ');
  return [line(rows[0]), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/**
 * The value a map holds for `key`; a missing one is a bug in the bench, not a figure.
 * @template V
 * @param {Map<string, V>} map
 * @param {string} key
 * @returns {V}
 */
export function entryOf(map, key) {
  const value = map.get(key);
  if (value === undefined) throw new Error(`bench: nothing recorded for ${key}`);
  return value;
}
