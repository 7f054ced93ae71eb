// Readers for untrusted JSON: each returns a value of the expected type or an empty one, never throws.
import { skipped } from './track';
import { kept } from '../arrays';

export type JsonObject = Record<string, unknown>;

/**
 * How many levels deep a walk of the resume goes: far deeper than resumes nest (two or three), and
 * shallow enough for the stack. JSON.parse reads a value nested thousands of levels deep, and a walk
 * that followed it to the end would overflow.
 */
export const MAX_NESTING = 32;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function obj(value: unknown): JsonObject {
  return isObject(value) ? value : {};
}

/**
 * The item's own field `key`, or undefined when it has none. The field is looked for before it is
 * read: a name the object lacks (most of the names a list of alternatives tries) would otherwise
 * be looked up in V8's shared property cache, and once other code in the process has filled that
 * cache, each such read is a call into the runtime.
 */
export function field<T>(item: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(item, key) ? item[key] : undefined;
}

/** A trimmed string; numbers are accepted (a year or a GPA is often written as one). */
export function str(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** The first non-empty string among the fields, read in order: `url`, else `website`, and so on. */
export function firstStr(item: JsonObject, keys: readonly string[]): string {
  for (const key of keys) {
    const text = str(field(item, key));
    if (text) return text;
  }
  return '';
}

/** The objects of an array, skipping anything else. */
export function objects(value: unknown): JsonObject[] {
  if (!Array.isArray(value)) return [];
  const items = kept(value as unknown[], isObject);
  if (items.length !== value.length) value.forEach((item: unknown, index) => isObject(item) || skipped(value, index));
  return items;
}

/** The entries of a list: objects, and lines written as plain text (or numbers), in order. */
export function entries(value: unknown): (JsonObject | string)[] {
  if (!Array.isArray(value)) return [];
  const items: (JsonObject | string)[] = [];
  value.forEach((item: unknown, index) => {
    if (isObject(item)) items.push(item);
    else if (str(item)) items.push(str(item));
    else skipped(value, index);
  });
  return items;
}

/** The non-empty strings of an array; a lone string counts as a one-item list. */
export function strings(value: unknown): string[] {
  if (!Array.isArray(value)) {
    const text = str(value);
    return text ? [text] : [];
  }
  // A for loop, not map().filter(): this runs for every author list, highlight list and keyword list.
  const texts: string[] = [];
  for (const item of value) {
    const text = str(item);
    if (text) texts.push(text);
  }
  return texts;
}

/** The strings of every field named, in order: a language's `certificate` and `certificates` may both be written. */
export function stringsOf(item: JsonObject, keys: readonly string[]): string[] {
  return keys.flatMap((key) => strings(field(item, key)));
}

export function bool(value: unknown): boolean {
  return value === true;
}

/** Non-empty parts joined with a separator. */
export function joinParts(parts: string[], separator = ', '): string {
  return kept(parts, Boolean).join(separator);
}
