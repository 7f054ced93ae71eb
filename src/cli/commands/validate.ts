// `validate [resume.json] [--json]`: schema errors and research warnings, grouped by severity.
import type { Command } from 'commander';
import { EXIT } from '../errors';
import { readInput } from '../io';
import { beyondPlainJson, readJsonc, type Position } from '../jsonc';
import { validate, type Problem } from '../theme';
import { fieldName } from '../../model/pointers';

interface ValidateOptions {
  json?: boolean;
}

function describe(problem: Problem, source: string): string {
  const field = fieldName(problem.path);
  // Schema messages already start with the field name; say it once.
  const message = field && problem.message.startsWith(`${field} `) ? problem.message.slice(field.length + 1) : problem.message;
  return `  ${field || source}: ${message}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function report(source: string, problems: Problem[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  if (!problems.length) return `${source}: valid, no problems found\n`;
  const lines = [`${source}: ${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')}`];
  if (errors.length) lines.push('Errors:', ...errors.map((problem) => describe(problem, source)));
  if (warnings.length) lines.push('Warnings:', ...warnings.map((problem) => describe(problem, source)));
  return `${lines.join('\n')}\n`;
}

const where = ({ line, column }: Position) => `line ${line}, column ${column}`;

/** A warning for comments and trailing commas: fine here, refused by the other JSON Resume tools. */
function plainJsonWarning(text: string): Problem | undefined {
  const { comment, trailingComma } = beyondPlainJson(text);
  const found = [
    comment && `comments (the first at ${where(comment)})`,
    trailingComma && `trailing commas (the first at ${where(trailingComma)})`,
  ];
  const what = found.filter(Boolean).join(' and ');
  if (!what) return undefined;
  return {
    path: '',
    message: `The file has ${what}: resume-cli and resumed read plain JSON only, and will refuse it.`,
    severity: 'warning',
  };
}

async function runValidate(file: string | undefined, options: ValidateOptions): Promise<void> {
  const { source, text } = await readInput(file);
  const { value: resume, plain } = readJsonc(text, source);
  const syntaxWarning = plain ? undefined : plainJsonWarning(text);
  const problems = [...(syntaxWarning ? [syntaxWarning] : []), ...validate(resume)];
  const errorCount = problems.filter((problem) => problem.severity === 'error').length;
  if (options.json) {
    const summary = { file: source, valid: errorCount === 0, errors: errorCount, warnings: problems.length - errorCount, problems };
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  } else {
    process.stdout.write(report(source, problems));
  }
  process.exitCode = errorCount ? EXIT.invalid : EXIT.ok;
}

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('check the resume against the JSON Resume schema, the research fields and common slips')
    .argument('[resume.json]', 'resume file (JSON, comments allowed); stdin when omitted or "-"')
    .option('--json', 'print the problems as JSON (path is a JSON pointer)')
    .addHelpText(
      'after',
      '\nErrors (schema violations) exit 1; warnings alone exit 0. Comments and trailing commas are a warning:\nresume-cli and resumed read plain JSON only.',
    )
    .action(runValidate);
}
