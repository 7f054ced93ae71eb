// What went wrong with an entry, reported as "refs.bib:12: warning: key: message".

/** error: the entry was not imported; warning: imported, but not all of it as written; note: FYI. */
type Severity = 'error' | 'warning' | 'note';

export interface Problem {
  /** 1-based line where the entry (or the problem) starts; 0 when unknown. */
  line: number;
  /** The entry's citation key, or "" when the problem is not in an entry. */
  key: string;
  severity: Severity;
  message: string;
}

export function formatProblem(source: string, problem: Problem): string {
  const where = problem.line ? `${source}:${problem.line}` : source;
  const key = problem.key ? `${problem.key}: ` : '';
  return `${where}: ${problem.severity}: ${key}${problem.message}`;
}

export function inFileOrder(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.line - b.line);
}
