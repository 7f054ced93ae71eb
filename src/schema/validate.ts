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

type SchemaError = NonNullable<ReturnType<typeof loadValidator>['errors']>[number];

/**
 * A value that fits neither form of a research section (a list, or lists by name) gets an error from
 * each form and one for the choice. The type errors of the two forms say nothing the choice does not;
 * an error inside an entry says what is wrong, and then the choice's is left out too.
 */
function withoutAlternatives(errors: SchemaError[]): SchemaError[] {
  const choices = new Set(errors.filter((error) => error.keyword === 'anyOf').map((error) => error.instancePath));
  if (!choices.size) return errors;
  const explained = (path: string) => errors.some((error) => error.instancePath.startsWith(`${path}/`));
  return errors.filter((error) => {
    if (!choices.has(error.instancePath)) return true;
    return error.keyword === 'anyOf' ? !explained(error.instancePath) : error.keyword !== 'type';
  });
}

function schemaProblems(resume: unknown): Problem[] {
  validateSchema ??= loadValidator();
  if (validateSchema(resume)) return [];
  return withoutAlternatives(validateSchema.errors ?? []).map((error) => ({
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
