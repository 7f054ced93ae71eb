/**
 * A function remembering its answers, for computations asked about the same few texts again and
 * again. A memory that outlives a render is keyed by text from resumes: give it a `limit`, and it is
 * emptied when full rather than left to grow.
 */
export function remembered<T>(compute: (text: string) => T, limit = Infinity): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    const known = answers.get(text);
    // One look-up for a remembered answer; a second only when the answer may be undefined.
    if (known !== undefined || answers.has(text)) return known as T;
    if (answers.size >= limit) answers.clear();
    const answer = compute(text);
    answers.set(text, answer);
    return answer;
  };
}
