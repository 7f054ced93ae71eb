// validate(resume): the standard JSON Resume schema merged with the research extension's schema
// (both compiled by the build into ./generated), then the research lint. Synchronous; reads no files.
import loadValidator from './generated/validate-schema.cjs';
import { withDatesAsText } from './datesAsText';
import { schemaMessage } from './messages';
import { isNotShown, lint } from './lint';
import { fieldName, valueAt } from '../model/pointers';

export interface Problem {
  /** JSON pointer to the value, e.g. "/publications/2/authors"; "" is the whole resume. */
  path: string;
  /** Plain language, for the person who wrote the resume. */
  message: string;
  /** Schema violations are errors; research lint findings are warnings. */
  severity: 'error' | 'warning';
}

let validateSchema: ReturnType<typeof loadValidator> | undefined;

function schemaProblems(resume: unknown): Problem[] {
  validateSchema ??= loadValidator();
  if (validateSchema(resume)) return [];
  return (validateSchema.errors ?? []).map((error) => ({
    path: error.instancePath,
    message: `${fieldName(error.instancePath) || 'The resume'} ${schemaMessage(error, valueAt(resume, error.instancePath))}.`,
    severity: 'error',
  }));
}

/** Everything wrong with a resume, each at its JSON pointer: schema errors, then lint warnings. */
export function validate(input: unknown): Problem[] {
  const resume = withDatesAsText(input);
  const errors = schemaProblems(resume);
  if (typeof resume !== 'object' || resume === null || Array.isArray(resume)) return errors;
  // A value the schema already rejects needs no second, vaguer warning; that it is not shown is news.
  const rejected = new Set(errors.map((problem) => problem.path));
  const warnings = lint(resume as Record<string, unknown>).filter((problem) => !rejected.has(problem.path) || isNotShown(problem));
  return [...errors, ...warnings];
}
