// Reading a .bib file as people write it: every entry that can be read is read, slips the parser
// stops at are mended, and what could not be read as written is reported per entry.
import type { ParseError } from '@retorquere/bibtex-parser';
import { mendAuthorLists, type LocatedEntry } from './authors';
import { cleanUp } from './cleanup';
import { readLibrary, type Creator, type Entry, type Library } from './library';
import type { UnknownCommand } from './macros';
import type { Problem } from './problems';
import { applyRepairs, normalise, repairFor, type Repair } from './repair';

export type { Creator, Entry, LocatedEntry };

export interface BibFile {
  entries: LocatedEntry[];
  problems: Problem[];
}

const MAX_REPAIR_ROUNDS = 10;
const POSITION = /\s*at line (\d+), column \d+/;
const ENTRY_START = /^@\s*(\w+)\s*[{(]\s*([^,\s{}()=]*)/;

function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

function keyOf(input: string | undefined): string {
  return ENTRY_START.exec(input?.trim() ?? '')?.[2] ?? '';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Parses, mending the slips `repairFor` knows, until nothing more can be mended. */
function parseRepairing(original: string): { text: string; library: Library; unknown: UnknownCommand[]; repairs: Problem[] } {
  let text = normalise(original);
  const repairs: Problem[] = [];
  const mended = new Set<string>();
  for (let round = 0; ; round++) {
    const unknown: UnknownCommand[] = [];
    const library = readLibrary(text, unknown);
    if (round === MAX_REPAIR_ROUNDS) return { text, library, unknown, repairs };
    const lineOf = lineFinder(text);
    const found: Repair[] = [];
    for (const error of library.errors) {
      const repair = repairFor(error, text);
      const id = `${repair?.offset}:${repair?.message}`;
      if (!repair || mended.has(id)) continue;
      mended.add(id);
      found.push(repair);
      repairs.push({ line: lineOf(repair.offset), key: repair.key ?? keyOf(error.input), severity: 'warning', message: repair.message });
    }
    if (!found.length) return { text, library, unknown, repairs };
    text = applyRepairs(text, found);
  }
}

/** The line where each entry starts. Entries come in file order; a partly read one has no input. */
function locate(text: string, entries: Entry[]): LocatedEntry[] {
  const lineOf = lineFinder(text);
  let cursor = 0;
  return entries.map((entry) => {
    let at = entry.input ? text.indexOf(entry.input, cursor) : -1;
    if (at < 0) {
      const start = new RegExp(`@\\s*${escapeRegExp(entry.type)}\\s*[{(]\\s*${escapeRegExp(entry.key)}\\s*[,})]`, 'ig');
      start.lastIndex = cursor;
      at = start.exec(text)?.index ?? -1;
    }
    if (at < 0) return { entry, line: 0 };
    cursor = at + 1;
    return { entry, line: lineOf(at) };
  });
}

function reason(error: ParseError): string {
  return (
    error.error
      .replace(POSITION, '')
      .replace(/ in "\w+"$/, '')
      .split('\n')[0] ?? ''
  );
}

const UNRESOLVED_STRING = /^Unresolved @string reference "(.+)"$/;
const MANY_PART_NAME = /^@(.*?): unexpected \d+-part name/;

/** Reports the parser's errors against the entries they belong to. */
function attribute(text: string, library: Library, located: LocatedEntry[], manyParts: Set<string>): Problem[] {
  const lineOf = lineFinder(text);
  const problems: Problem[] = [];
  for (const error of library.errors) {
    const macro = UNRESOLVED_STRING.exec(error.error)?.[1];
    if (macro) {
      // `journal = apj` with no @string for apj: the value is the name.
      const use = new RegExp(`(?:=|#)\\s*${escapeRegExp(macro)}\\s*(?:[,#})]|$)`, 'i');
      for (const { entry, line } of located.filter(({ entry }) => use.test(entry.input))) {
        problems.push({ line, key: entry.key, severity: 'warning', message: `undefined @string "${macro}": kept as its name` });
      }
      continue;
    }
    const manyPartKey = MANY_PART_NAME.exec(error.error)?.[1];
    if (manyPartKey !== undefined) {
      manyParts.add(manyPartKey);
      continue;
    }
    const position = POSITION.exec(error.error);
    const key = keyOf(error.input);
    const partial = located.find(({ entry }) => !entry.input && entry.key === key && key);
    const start = error.input ? text.indexOf(error.input) : -1;
    const entryLine = partial?.line || (start >= 0 ? lineOf(start) : 0);
    const where = position ? Number(position[1]) : entryLine;
    if (partial) {
      problems.push({
        line: entryLine,
        key,
        severity: 'warning',
        message: `${reason(error)}: the fields from line ${where} on were not read`,
      });
    } else {
      problems.push({ line: entryLine || where, key, severity: 'error', message: `not imported: ${reason(error)}` });
    }
  }
  return problems;
}

function unknownCommandProblems(unknown: UnknownCommand[], located: LocatedEntry[]): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const { key, name, withArgument } of unknown) {
    if (seen.has(`${key}\\${name}`)) continue;
    seen.add(`${key}\\${name}`);
    const line = located.find(({ entry }) => entry.key === key)?.line ?? 0;
    const command = name.startsWith('\\') ? name : `\\${name}`;
    const kept = withArgument ? 'its argument kept as text' : `kept as "${name.replace(/^\\/, '')}"`;
    problems.push({ line, key, severity: 'warning', message: `unknown LaTeX command ${command}: ${kept}` });
  }
  return problems;
}

/** Entries that only lend fields to others through crossref (the proceedings volume) are not papers. */
function isOnlyLender(entry: Entry): boolean {
  return Boolean(entry.crossref?.donated.length);
}

export function parseBibtex(original: string): BibFile {
  const { text, library, unknown, repairs } = parseRepairing(original);
  const located = locate(text, library.entries);
  const manyParts = new Set<string>();
  const problems = [...repairs, ...attribute(text, library, located, manyParts)];

  // Partly read entries with nothing read are not entries.
  const entries = located.filter(({ entry }) => !isOnlyLender(entry) && Object.keys(entry.fields).length > 0);
  problems.push(...mendAuthorLists(entries, manyParts, unknown));
  for (const { entry } of entries) cleanUp(entry, unknown);
  problems.push(...unknownCommandProblems(unknown, located));
  return { entries, problems };
}
