// How a section's entries are written: as a list, as one titled list, or in named groups (an object
// of lists, or a list of titled lists). Read without the section registry, so that the CLI can read a
// section as the page does without bundling the theme.
import { readableKey } from './keys';
import { entries, field, firstStr, isObject, obj, type JsonObject } from './read';
import { peek, skipped } from './track';
import { mapped } from '../arrays';

/** One entry of a section as written: an object, or a line of plain text. */
export type RawEntry = JsonObject | string;

/** Entries written under a name within a section: `"current_students": [ … ]`, `{ "title": "Posters", "entries": [ … ] }`. */
export interface EntryGroup {
  heading: string;
  entries: RawEntry[];
}

/** The entries of a top-level list; a value that is not a list is skipped (validate() names it). */
export function listAt(container: JsonObject, key: string): RawEntry[] {
  const value = field(container, key);
  if (Array.isArray(value)) return entries(value);
  skipped(container, key);
  return [];
}

export const isTextList = (value: unknown): value is unknown[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * The field names of `container[key]` when it is an object whose every field passes `isList`; looked
 * at without counting as read, so that a value not taken this way is still named as not shown.
 */
export function listNames(container: JsonObject, key: string, isList: (value: unknown) => boolean): string[] | undefined {
  const value = peek(container, key);
  if (!isObject(value)) return undefined;
  const names = Object.keys(value);
  return names.length && names.every((name) => isList(value[name])) ? names : undefined;
}

/**
 * `"mentoring": { "current_students": [ … ], "past_students": [ … ] }`, as jsoncv writes a professor's
 * sections: an object whose every field is a list, read as groups of entries named from their keys.
 * Undefined for any other value, which is then not read.
 */
function groupedLists(container: JsonObject, key: string): EntryGroup[] | undefined {
  const names = listNames(container, key, Array.isArray);
  if (!names) return undefined;
  const lists = obj(container[key]);
  return mapped(names, (name) => ({ heading: readableKey(name), entries: entries(lists[name]) }));
}

export const LISTED_TITLE = ['title', 'heading', 'name', 'group'];
const LISTED_ENTRIES = ['entries', 'items'];

/** `{ "title": "Posters", "entries": [ … ] }`: the field holding a titled list's entries, or undefined. */
export function entriesField(item: unknown): string | undefined {
  return isObject(item) && firstStr(item, LISTED_TITLE) ? LISTED_ENTRIES.find((name) => Array.isArray(field(item, name))) : undefined;
}

/**
 * `"publications": [{ "title": "Posters", "entries": [ … ] }, { "title": "Talks", … }]`
 * (NoeDemange-….json): a section written as a list of titled lists, read as groups of entries under
 * those titles. Undefined unless every item is such a list.
 */
function titledLists(container: JsonObject, key: string): EntryGroup[] | undefined {
  const value = peek(container, key);
  if (!Array.isArray(value) || !value.length || !value.every((item) => entriesField(item) !== undefined)) return undefined;
  return mapped(entries(container[key]), (item) => {
    const group = obj(item);
    return { heading: firstStr(group, LISTED_TITLE), entries: entries(group[entriesField(group) ?? '']) };
  });
}

/**
 * `"education": { "title": "Education", "items": [ … ] }` (williameclee-….json): a section written as
 * one titled list, read as its title and entries. Undefined for any other value.
 */
export function titledList(container: JsonObject, key: string): { title: string; entries: RawEntry[] } | undefined {
  const value = peek(container, key);
  const field = entriesField(value);
  if (field === undefined) return undefined;
  const list = obj(container[key]);
  return { title: firstStr(list, LISTED_TITLE), entries: entries(list[field]) };
}

/** A known section written in named groups, in either form; undefined when it is not. */
export function namedGroups(container: JsonObject, key: string): EntryGroup[] | undefined {
  return groupedLists(container, key) ?? titledLists(container, key);
}

/** Every entry of a known section written under `key`, as a list or in named groups, in the order written. */
export function sectionEntries(container: JsonObject, key: string): RawEntry[] {
  return namedGroups(container, key)?.flatMap((group) => group.entries) ?? titledList(container, key)?.entries ?? listAt(container, key);
}
