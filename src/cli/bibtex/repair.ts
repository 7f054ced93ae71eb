// Slips that stop the parser in the middle of an entry, mended in the text so that the whole entry
// is read: a missing comma between two fields, a lone "$" (an unclosed math section), and a value
// whose closing brace is missing. Edits never add a line, so line numbers stay those of the file.
import type { ParseError } from '@retorquere/bibtex-parser';

export interface Repair {
  offset: number;
  /** Characters replaced at the offset. */
  length: number;
  text: string;
  /** What was mended, for the report. */
  message: string;
  /** The entry's key when the repair changes it. */
  key?: string;
}

const POSITION = /at line (\d+), column (\d+)/;
const MISSING_COMMA = /^Token mismatch, expected "[})]", found "([A-Za-z][\w-]*)\s*=/;

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const newline = text.indexOf('\n', offset);
    if (newline < 0) return -1;
    offset = newline + 1;
  }
  return offset + column - 1;
}

/** The last "$" before the offset that is not written as "\$". */
function loneDollar(text: string, before: number): number {
  for (let at = before - 1; at >= 0 && text[at] !== '@'; at--) {
    if (text[at] === '$' && text[at - 1] !== '\\') return at;
  }
  return -1;
}

const FIELD_START = /^\s*[A-Za-z][\w-]*\s*=\s*\S/;
// The parser ran past the entry's end into the next entry, or to the end of the file.
const RAN_PAST_END = /^Token mismatch, expected "[})]", found "@|^Unterminated brace-value/;

/**
 * A value left open swallows the fields after it. The first line inside a value that looks like a
 * field ("  author = {…") shows where it should have ended: it is closed at the end of the line
 * before (before a trailing comma).
 */
function unclosedValue(text: string, entryStart: number, end: number): Repair | undefined {
  let depth = 0;
  let lineStart = entryStart;
  for (let at = entryStart; at < end; at++) {
    const char = text[at];
    if (char === '\\') at += 1;
    else if (char === '{') depth += 1;
    else if (char === '}') depth -= 1;
    else if (char === '\n') {
      if (depth >= 2 && FIELD_START.test(text.slice(at + 1, at + 200))) {
        const line = text.slice(lineStart, at);
        const offset = lineStart + (/,?\s*$/.exec(line)?.index ?? line.length);
        const field = /^\s*([A-Za-z][\w-]*)/.exec(line)?.[1] ?? 'a field';
        return {
          offset,
          length: 0,
          text: '}'.repeat(depth - 1),
          message: `"${field}" has no closing brace: read as if it ended with its line`,
        };
      }
      lineStart = at + 1;
    }
  }
  return undefined;
}

// Characters the parser accepts in a citation key (BibTeX takes more: Zotero writes URLs in keys).
const KEY_CHARACTER = /[\p{L}\p{N}+'&;_:\\./-]/u;

/** A key with characters the parser does not take ("noauthor_http://x.org/entry?id=1"): they become "_". */
function oddKey(text: string, offset: number): Repair | undefined {
  const entryStart = text.lastIndexOf('@', offset);
  const opening = /^@\s*\w+\s*[{(]\s*[^,\s{}()=]*$/.exec(text.slice(entryStart, offset));
  const keyEnd = text.indexOf(',', offset);
  if (!opening || keyEnd < 0 || /[\n{}]/.test(text.slice(offset, keyEnd))) return undefined;
  const rest = text.slice(offset, keyEnd);
  const mended = [...rest].map((char) => (KEY_CHARACTER.test(char) ? char : '_')).join('');
  if (mended === rest) return undefined;
  const key = opening[0].replace(/^@\s*\w+\s*[{(]\s*/, '') + mended;
  return { offset, length: rest.length, text: mended, key, message: `the key has characters the parser does not take: read as "${key}"` };
}

export function repairFor(error: ParseError, text: string): Repair | undefined {
  const position = POSITION.exec(error.error);
  if (!position) return undefined;
  const offset = offsetOf(text, Number(position[1]), Number(position[2]));
  if (offset < 0) return undefined;
  const field = MISSING_COMMA.exec(error.error)?.[1];
  if (field) return { offset, length: 0, text: ',', message: `missing comma before "${field}": read as if it were there` };
  if (error.error.startsWith('Token mismatch')) {
    const key = oddKey(text, offset);
    if (key) return key;
  }
  if (RAN_PAST_END.test(error.error) && error.input) {
    const entryStart = text.indexOf(error.input);
    if (entryStart >= 0) return unclosedValue(text, entryStart, offset);
  }
  if (error.error.startsWith('Unclosed math section')) {
    const dollar = loneDollar(text, offset);
    if (dollar >= 0)
      return { offset: dollar, length: 1, text: '\\$', message: 'a lone "$" (an unclosed math formula): read as a dollar sign' };
  }
  return undefined;
}

export function applyRepairs(text: string, repairs: Repair[]): string {
  let repaired = text;
  for (const repair of [...repairs].sort((a, b) => b.offset - a.offset)) {
    repaired = repaired.slice(0, repair.offset) + repair.text + repaired.slice(repair.offset + repair.length);
  }
  return repaired;
}

/**
 * "%" inside a field value is meant literally ("Top 10% of papers"): BibTeX, al-folio and reference
 * managers read it so, while the parser, reading the value as LaTeX, would drop the rest of the line
 * as a comment. Between entries and between fields, "%" still starts a comment.
 */
function literalPercentInValues(text: string): string {
  const pieces: string[] = [];
  let depth = 0;
  let copied = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (char === '\\') at += 1;
    else if (char === '{') depth += 1;
    else if (char === '}') depth = Math.max(0, depth - 1);
    // A new entry: a stray brace in the text before it does not count.
    else if (char === '@' && depth <= 1) depth = 0;
    else if (char === '%' && depth >= 2) {
      pieces.push(text.slice(copied, at), '\\%');
      copied = at + 1;
    } else if (char === '%') {
      const lineEnd = text.indexOf('\n', at);
      at = lineEnd < 0 ? text.length : lineEnd;
    }
  }
  pieces.push(text.slice(copied));
  return pieces.join('');
}

/**
 * Reads the text as BibTeX does where the parser would not: "%" in values (above), `\me and …`
 * (TeX swallows the space after `\me`, gluing "and" to it; `\me{} and` keeps it), and `\noop{key}`,
 * the usual name of the sort-key command the parser knows as `\noopsort`. No line is added.
 */
export function normalise(text: string): string {
  return literalPercentInValues(text)
    .replace(/(\\[A-Za-z]+)(?=\s+and\s)/g, '$1{}')
    .replace(/\\noop(?=\s*\{)/g, '\\noopsort');
}
