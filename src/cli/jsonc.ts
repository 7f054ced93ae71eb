// JSON with comments (and trailing commas), with errors reported as `file:line:column: message`.
import { parse, printParseErrorCode, visit, type ParseError } from 'jsonc-parser';
import { CliError } from './errors';
import { isObject } from '../model/read';

const MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":" after the property name',
  CommaExpected: 'expected "," between items',
  CloseBraceExpected: 'expected "}" to close the object',
  CloseBracketExpected: 'expected "]" to close the list',
  EndOfFileExpected: 'unexpected text after the end of the JSON value',
  InvalidCommentToken: 'invalid comment',
  UnexpectedEndOfComment: 'comment is not closed (missing "*/")',
  UnexpectedEndOfString: "string is not closed (missing '\"')",
  UnexpectedEndOfNumber: 'number ends unexpectedly',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape sequence in string',
  InvalidCharacter: 'invalid character in string (control characters must be escaped)',
};

/** 1-based line and column of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

function describe(error: ParseError): string {
  const name = printParseErrorCode(error.error);
  return MESSAGES[name] ?? name;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The value of text that is plain JSON, or undefined. Most files are: JSON.parse reads them faster
 * than jsonc-parser, and at any depth (jsonc-parser recurses, and a value nested thousands of levels
 * overflows its stack).
 */
function plainJson(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

/** Parses JSONC text; throws a CliError naming `source`, line and column on the first syntax error. */
export function parseJsonc(text: string, source: string): unknown {
  return readJsonc(text, source).value;
}

/** parseJsonc(), and whether the text was plain JSON (no comment, no trailing comma). */
export function readJsonc(text: string, source: string): { value: unknown; plain: boolean } {
  const clean = stripBom(text);
  if (!clean.trim()) throw new CliError(`${source}: the file is empty, expected a JSON resume`);
  const plain = plainJson(clean);
  if (plain) return { value: plain.value, plain: true };
  const errors: ParseError[] = [];
  let value: unknown;
  try {
    value = parse(clean, errors, { allowTrailingComma: true, disallowComments: false });
  } catch (error) {
    if (error instanceof RangeError) throw new CliError(`${source}: nested too deep to read with comments or trailing commas`);
    throw error;
  }
  const first = errors[0];
  if (first) {
    const { line, column } = lineAndColumn(clean, first.offset);
    throw new CliError(`${source}:${line}:${column}: ${describe(first)}`);
  }
  return { value, plain: false };
}

export interface Position {
  line: number;
  column: number;
}

/**
 * Where JSONC text that parsed first uses what plain JSON lacks: a comment, and a comma just before
 * `}` or `]` (readJsonc() tells plain JSON apart, which this walk could not read at any depth).
 */
export function beyondPlainJson(text: string): { comment?: Position; trailingComma?: Position } {
  const found: { comment?: Position; trailingComma?: Position } = {};
  let lastComma: Position | undefined;
  const at = (line: number, character: number): Position => ({ line: line + 1, column: character + 1 });
  const notAComma = () => (lastComma = undefined);
  const close = () => {
    found.trailingComma ??= lastComma;
    lastComma = undefined;
  };
  visit(
    stripBom(text),
    {
      onComment: (_offset, _length, line, character) => {
        found.comment ??= at(line, character);
      },
      onSeparator: (separator, _offset, _length, line, character) => (lastComma = separator === ',' ? at(line, character) : undefined),
      onObjectBegin: notAComma,
      onArrayBegin: notAComma,
      onObjectProperty: notAComma,
      onLiteralValue: notAComma,
      onObjectEnd: close,
      onArrayEnd: close,
    },
    { allowTrailingComma: true, disallowComments: false },
  );
  return found;
}

export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** A resume is a JSON object; anything else is a user mistake worth one clear line. */
export function requireObject(value: unknown, source: string): Record<string, unknown> {
  if (isObject(value)) return value;
  throw new CliError(`${source}: a resume must be a JSON object, found ${kindOf(value)}`);
}
