// Finding the resume's owner in an author list, tolerant of case, accents, initials
// ("T. Wu", "Wu, T.") and name order ("Wu, Tianhao").

import { isObject, strings, type JsonObject } from './read';
import { remembered } from '../remembered';
import { kept, mapped } from '../arrays';

/** The marks that may follow an author's name ("Jane Doe*"), shown raised and explained in the legend. */
export const MARKS = '*†‡§¶#';
const AUTHOR_MARKS = /[*†‡§¶#]+$/u;

/**
 * An author list as written: a list of names (or of name objects, as exports write them), or one
 * string "A and B and C", "A; B; C" or "Ann Lee, Bo Chen, and Cy Diaz". A comma separates names only
 * when every part it leaves has two words or more: in "Lee, Ann" or "Lee, A., Chen, B." it sits
 * inside "Last, First".
 */
export function authorNames(value: unknown): string[] {
  if (typeof value === 'string') return strings(value.split(/\s*;\s*|,?\s+and\s+/).flatMap(namesBetweenCommas));
  if (Array.isArray(value) && value.some(isObject))
    return strings(mapped(value, (author: unknown) => (isObject(author) ? objectName(author) : author)));
  return strings(value);
}

function namesBetweenCommas(text: string): string[] {
  if (!text.includes(',')) return [text];
  const parts = strings(text.split(','));
  return parts.every((part) => /\S\s+\S/.test(part) || isEllipsis(part)) ? parts : [text];
}

/** "…" or "...": authors left out of a list written in one string, kept where they are written. */
export function isEllipsis(name: string): boolean {
  return name === '...' || name === '…';
}

/** Semantic Scholar's { "name": … }, or CSL-JSON's { "given", "family" } and { "literal" } (Crossref, Zotero, Pandoc). */
function objectName(author: JsonObject): unknown {
  if (author.name !== undefined) return author.name;
  const parts = strings([author.given, author['dropping-particle'], author['non-dropping-particle'], author.family, author.suffix]);
  return parts.length ? parts.join(' ') : author.literal;
}

/** Splits an author as written into the name and its trailing marks ("Jane Doe*" → "Jane Doe", "*"). */
export function splitAuthorMarks(author: string): { name: string; marks: string } {
  // Most names end in a letter; the pattern is only run on those that end in a mark.
  if (!MARKS.includes(author.charAt(author.length - 1))) return { name: author, marks: '' };
  const match = AUTHOR_MARKS.exec(author);
  if (!match) return { name: author, marks: '' };
  return { name: author.slice(0, match.index).trim(), marks: match[0] };
}

// In ASCII, \p{L} and \p{N} are the letters and digits, and there are no marks to strip: the same
// words without decomposing the name or running Unicode property patterns (most names are ASCII).
const NOT_ASCII = /[^\0-\x7f]/;
// Beyond ASCII, names in Latin scripts ("Meyer‐Franke", "Žukauskas") are folded a character at a
// time, each as foldText() folds it, from a table filled as characters are met. That gives the same
// words as folding the whole name for the characters of these blocks (Latin-1, Latin Extended-A and
// B, IPA, combining marks, general punctuation): each decomposes alone, the marks that decomposing
// would reorder are removed, and none changes case by the letters around it (as Greek's final sigma
// does). ICU's normalizer and the Unicode property patterns cost about 1.5 µs a name, and 6 µs more
// for the first in a render when other work has run since the last: the data they read is no longer
// in the processor's caches.
const BEYOND_LATIN = /[^\0-\u036f\u2000-\u206f]/;
const NOT_ASCII_CHAR = /[^\0-\x7f]/g;
// After folding, every character left outside ASCII is a letter or a digit.
const FOLDED_WORD = /[^\0-,./:-`{-\x7f]+/g;

/** Text in lower case without accents, as the words of a name are compared. */
function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * One character as foldText() folds it, with a space for each character that is not a letter, digit
 * or hyphen: "Ž" → "z", "ŀ" → "l ", "‐" → " ", a combining accent → "". Some 900 characters at most.
 */
const foldedChars = new Map<string, string>();

function foldedChar(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    folded = foldText(char).replace(/[^\p{L}\p{N}-]/gu, ' ');
    foldedChars.set(char, folded);
  }
  return folded;
}

/** Lower-case words without accents or punctuation, given names first. */
export function nameWords(name: string): string[] {
  const commaIndex = name.indexOf(',');
  const ordered = commaIndex >= 0 ? `${name.slice(commaIndex + 1)} ${name.slice(0, commaIndex)}` : name;
  // The words are the runs of letters, digits and hyphens; one match finds them, where replacing
  // the rest by spaces and splitting took twice as long.
  let words: string[] | null;
  if (!NOT_ASCII.test(ordered)) words = ordered.toLowerCase().match(/[a-z0-9-]+/g);
  else if (!BEYOND_LATIN.test(ordered)) words = ordered.replace(NOT_ASCII_CHAR, foldedChar).toLowerCase().match(FOLDED_WORD);
  else words = foldText(ordered).match(/[\p{L}\p{N}-]+/gu);
  if (!words) return [];
  // A compound family name is its parts, hyphenated or not: "M. Moreira-Soares" is Maurício Moreira Soares.
  const family = words[words.length - 1] as string;
  return family.includes('-') ? [...words.slice(0, -1), ...kept(family.split('-'), Boolean)] : words;
}

/** True when an author's name refers to one of some people's names (the owner's, the mentees'). */
export type NameMatcher = (author: string) => boolean;

/**
 * A pattern that an author who may be one of these people matches: a name with a character outside
 * ASCII, or one in which a family name occurs, in any case. The words of an ASCII name are pieces of
 * its lower-cased text, so a family name that is not in that text is none of its words. Most
 * co-authors fail this one test and are ruled out before anything else is done with their names.
 * The family names need no escaping: nameWords() leaves only letters, digits and hyphens.
 */
function candidatesFor(familyNames: readonly string[]): RegExp {
  // Each family name once: the owner's name variants ("T. Wu" beside "Tianhao Wu") share theirs.
  return new RegExp([NOT_ASCII.source, ...new Set(familyNames)].join('|'), 'i');
}

/**
 * The value given for the first of `named` whose name refers to the author, matched as the owner is
 * (case, accents, initials, "Last, First"); undefined for anyone else.
 */
export function nameLookup<T>(named: readonly { name: string; value: T }[]): (author: string) => T | undefined {
  const people = kept(
    mapped(named, ({ name, value }) => namedPerson(name, value)),
    ({ words }) => words.length > 0,
  );
  const familyNames = people.flatMap(({ words, bare }) =>
    bare ? [words[words.length - 1], bare[bare.length - 1]] : [words[words.length - 1]],
  );
  const candidates = candidatesFor(familyNames as string[]);
  // The candidates come back paper after paper (the owner above all): each is compared once.
  const compare = remembered((author) => {
    const words = nameWords(author);
    if (!words.length) return undefined;
    return people.find((person) => sameName(person.words, words) || sameBesideSuffix(person, words))?.value;
  });
  return (author) => (candidates.test(author) ? compare(author) : undefined);
}

/** Generational suffixes, which papers often leave out: "Carlos Denner dos Santos Júnior" writes "Carlos Denner dos Santos". */
const SUFFIXES = new Map([
  ['jr', 'junior'],
  ['junior', 'junior'],
  ['sr', 'senior'],
  ['senior', 'senior'],
  ['filho', 'filho'],
  ['neto', 'neto'],
  ['sobrinho', 'sobrinho'],
  ['ii', 'ii'],
  ['iii', 'iii'],
  ['iv', 'iv'],
]);

interface SuffixedName {
  words: string[];
  /** The suffix in one spelling ("jr" → "junior"), when the name has one and two words besides ("Ana Neto": "Neto" is the family name). */
  suffix: string | undefined;
  /** The words without the suffix. */
  bare: string[] | undefined;
}

function suffixOf(words: string[]): string | undefined {
  return words.length > 2 ? SUFFIXES.get(words[words.length - 1] as string) : undefined;
}

/**
 * A person of nameLookup(). Every one has the same fields, written out: V8 11 gives each object made
 * as `{ ...name, value }` a hidden class of its own, and so every read of it misses its cache.
 */
function namedPerson<T>(name: string, value: T): SuffixedName & { value: T } {
  const words = nameWords(name);
  const suffix = suffixOf(words);
  return { words, suffix, bare: suffix ? words.slice(0, -1) : undefined, value };
}

/** The same person, a suffix written on one side only or in another spelling ("Jr.", "Júnior"); two different suffixes are two people. */
function sameBesideSuffix(person: SuffixedName, words: string[]): boolean {
  const suffix = suffixOf(words);
  if (!person.bare) return suffix !== undefined && sameName(person.words, words.slice(0, -1));
  if (suffix === undefined) return sameName(person.bare, words);
  return suffix === person.suffix && sameName(person.bare, words.slice(0, -1));
}

/**
 * True when an author's name refers to one of `names`, matched as nameLookup() matches. The lookup is
 * made at the first call: many resumes name no author at all (the official sample does not).
 */
export function nameMatcher(names: string[]): NameMatcher {
  let lookup: ((author: string) => true | undefined) | undefined;
  return (author) => (lookup ??= nameLookup(mapped(names, (name) => ({ name, value: true as const }))))(author) === true;
}

function sameName(owner: string[], author: string[]): boolean {
  // Names that are the same have the same family name: most authors are ruled out here.
  if (owner[owner.length - 1] !== author[author.length - 1]) return false;
  if (owner.join(' ') === author.join(' ')) return true;
  // Same family name, and each given name of the author matches the owner's in full or as an
  // initial: "T. Wu", "T Wu" and "Tianhao Wu" all match "Tianhao Wu"; "Tianhao X. Wu" does not.
  const ownerGiven = owner.slice(0, -1);
  const authorGiven = author.slice(0, -1);
  if (authorGiven.length === 0 || authorGiven.length > ownerGiven.length) return false;
  return authorGiven.every((given, index) => {
    const full = ownerGiven[index] ?? '';
    return given === full || (given.length === 1 && full.startsWith(given)) || areInitials(given, full);
  });
}

/** "f-p" for "francois-pierre": the initials of a hyphenated given name. */
function areInitials(given: string, full: string): boolean {
  const initials = given.split('-');
  const names = full.split('-');
  return (
    initials.length > 1 &&
    initials.length === names.length &&
    initials.every((initial, index) => initial.length === 1 && names[index]?.startsWith(initial))
  );
}
