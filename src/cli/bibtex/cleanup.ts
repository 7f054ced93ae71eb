// Where the parser's reading differs from what the .bib's author meant.
import { readField, type Entry } from './library';
import type { UnknownCommand } from './macros';

type Fields = Entry['fields'];

function mapStrings(value: unknown, change: (text: string) => string): unknown {
  if (typeof value === 'string') return change(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, change));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, change)]));
  }
  return value;
}

// The parser follows LaTeX's original font encoding, in which "<" and ">" print as "¡" and "¿".
// A .bib that never writes "¡" or "¿" meant "<" and ">" (ADS titles: <ASTROBJ>…</ASTROBJ>).
const WRITES_INVERTED_MARKS = /[¡¿]|\\textexclamdown|\\textquestiondown|[!?]`/;

function restoreAngleBrackets(entry: Entry): void {
  if (WRITES_INVERTED_MARKS.test(entry.input) || !/[<>]/.test(entry.input)) return;
  entry.fields = mapStrings(entry.fields, (text) => text.replace(/¡/g, '<').replace(/¿/g, '>')) as Fields;
}

/**
 * What the first reading leaves that is not LaTeX: "{\^{}}" and "{\~{}}" (an accent on nothing)
 * are the characters themselves, and "\n" before a sentence is a line break an export escaped
 * ("{\textbackslash}nIn 2000, …" in Zotero abstracts).
 */
function beforeSecondReading(text: string): string {
  return text
    .replace(/ \u0302/g, '^')
    .replace(/ \u0303/g, '~')
    .replace(/\\n(?=\p{Lu})/gu, ' ');
}

const LATEX_COMMAND = /\\[A-Za-z]+/;

/**
 * DBLP escapes math in titles twice ("{\textbackslash}mathrm\{AC\}"): read once, the title still
 * holds LaTeX ("$\mathrm{AC}^0$"), which is read again.
 */
function decodeTwiceEscaped(entry: Entry, unknown: UnknownCommand[]): void {
  for (const [field, value] of Object.entries(entry.fields)) {
    if (typeof value !== 'string' || entry.mode[field] === 'verbatim') continue;
    const text = beforeSecondReading(value);
    const again = LATEX_COMMAND.test(text) ? readField(field, text, entry.key, unknown)?.[field] : undefined;
    (entry.fields as Record<string, unknown>)[field] = typeof again === 'string' ? again : text;
  }
}

export function cleanUp(entry: Entry, unknown: UnknownCommand[]): void {
  restoreAngleBrackets(entry);
  decodeTwiceEscaped(entry, unknown);
}
