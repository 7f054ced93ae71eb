// Author lists with a missing "and". BibTeX separates authors with "and" only, so
// "Ann Lee, Bo Chen, Cy Diaz" is one odd name (last, junior, first) and the rest is dropped, and
// "Lyons, W Berry <line break> Harmon, Brendan" is one person. Such names are split (at the commas,
// or at the line break) and reported; a single comma between two full names is only reported.
import { readField, readRawLibrary, type Creator, type Entry } from './library';
import type { UnknownCommand } from './macros';
import type { Problem } from './problems';

const NAME_SUFFIX = /^(?:jr|sr|[ivx]+|\d+(?:st|nd|rd|th))\.?$/i;

export interface LocatedEntry {
  entry: Entry;
  line: number;
}

/** Splits at commas outside braces. */
function splitAtCommas(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (char === '{') depth += 1;
    else if (char === '}') depth -= 1;
    else if (char === ',' && depth === 0) {
      parts.push(text.slice(start, at));
      start = at + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter(Boolean);
}

function hasOddSuffix(creator: Creator): boolean {
  return Boolean(creator.suffix && !isSuffix(creator.suffix));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The name as laid out in the entry's text, split where a line ends, if every piece is "Last, First". */
function splitAtLineBreaks(name: string, entryText: string): string[] {
  const pattern = new RegExp(name.split(/\s+/).map(escapeRegExp).join('\\s+'));
  const written = pattern.exec(entryText)?.[0] ?? '';
  const lines = written.split(/\s*\n\s*/).filter(Boolean);
  return lines.length > 1 && lines.every((line) => splitAtCommas(line).length === 2) ? lines : [];
}

function rawName(creator: Creator): string {
  return creator.name ?? [creator.lastName, creator.firstName].filter(Boolean).join(', ');
}

interface Mended {
  names: string[];
  message: string;
}

function isSuffix(part: string | undefined): boolean {
  return NAME_SUFFIX.test(part ?? '');
}

/** The names of a raw author list with its missing "and"s put back, or undefined if none is missing. */
function mend(raw: Creator[], entryText: string): Mended | undefined {
  const names = raw.map(rawName);
  const [only] = names;
  if (names.length === 1 && only) {
    const parts = splitAtCommas(only);
    // "Ann Lee, Bo Chen, Cy Diaz": full names, none a suffix.
    if (parts.length >= 3 && parts.every((part) => part.includes(' ') && !isSuffix(part))) {
      return {
        names: parts,
        message: `authors separated by commas: read as ${parts.length} authors (BibTeX separates authors with "and")`,
      };
    }
  }
  const mended: string[] = [];
  const notes: string[] = [];
  for (const name of names) {
    const parts = splitAtCommas(name);
    if (parts.length === 3 && !isSuffix(parts[1]) && isSuffix(parts[2])) {
      // "Kelleher, R. J., 3rd": BibTeX wants "Kelleher, 3rd, R. J.".
      mended.push(`${parts[0]}, ${parts[2]}, ${parts[1]}`);
      notes.push(`"${name}" read as family name, given names, suffix`);
      continue;
    }
    const lines = parts.length >= 3 && !isSuffix(parts[1]) ? splitAtLineBreaks(name, entryText) : [];
    if (lines.length) notes.push(`missing "and" between authors: read "${lines.join('" and "')}" as separate authors`);
    mended.push(...(lines.length ? lines : [name]));
  }
  return notes.length ? { names: mended, message: notes.join('; ') } : undefined;
}

const FULL_NAME = /^(?:\p{Lu}[\p{L}'-]+\s+)+\p{Lu}[\p{L}'-]+$/u;
// Family names that start with a capitalised particle: "De Jong, Kenneth Alan" is one person.
const PARTICLE = /^(?:De|Di|Da|Du|Des|Del|Della|Dos|Das|Van|Von|Le|La|Lo|St|Mac|Mc|El|Al|Ben|Bin|Ibn|Abu|Ter|Ten|Den|Der)\s/;

/** "Ann Lee, Bo Chen": one comma between two full names, which BibTeX reads as "Bo Chen Ann Lee". */
function twoNamesOneComma(authors: Creator[] | undefined): Creator | undefined {
  const [only, ...rest] = authors ?? [];
  if (!only || rest.length || only.prefix || only.suffix) return undefined;
  const family = only.lastName ?? '';
  return FULL_NAME.test(family) && !PARTICLE.test(family) && FULL_NAME.test(only.firstName ?? '') ? only : undefined;
}

/**
 * Mends author lists in place and reports them. `manyParts` holds the keys of entries whose names
 * the parser cut short (a name of four or more comma-separated parts).
 */
export function mendAuthorLists(entries: LocatedEntry[], manyParts: Set<string>, unknown: UnknownCommand[]): Problem[] {
  const problems: Problem[] = [];
  for (const { entry, line } of entries) {
    const single = twoNamesOneComma(entry.fields.author);
    if (!single) continue;
    const message = `author "${single.lastName}, ${single.firstName}" has a comma and no "and": read as one person, ${single.firstName} ${single.lastName}; if these are two people, write "and" between them`;
    problems.push({ line, key: entry.key, severity: 'warning', message });
  }

  const suspects = entries.filter(({ entry }) => manyParts.has(entry.key) || (entry.fields.author ?? []).some(hasOddSuffix));
  for (const { entry, line } of suspects) {
    // The entry's own text, read again with its names as written.
    const raw = entry.input ? readRawLibrary(entry.input).entries[0] : undefined;
    const mended = raw ? mend(raw.fields.author ?? [], raw.input) : undefined;
    const authors = mended && readField('author', mended.names.join(' and '), entry.key, unknown)?.author;
    if (mended && authors?.length) {
      entry.fields.author = authors;
      problems.push({ line, key: entry.key, severity: 'warning', message: mended.message });
      continue;
    }
    for (const odd of (entry.fields.author ?? []).filter(hasOddSuffix)) {
      const written = [odd.prefix, odd.lastName].filter(Boolean).join(' ') + `, ${odd.suffix}, ${odd.firstName ?? ''}`;
      const message = `author "${written}" has two commas: read as one person; if these are several people, write "and" between them`;
      problems.push({ line, key: entry.key, severity: 'warning', message });
    }
  }
  return problems;
}
