// Readers for untrusted JSON: each returns a value of the expected type or an empty one, never throws.

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function obj(value: unknown): JsonObject {
  return isObject(value) ? value : {};
}

/** A trimmed string; numbers are accepted (a year or a GPA is often written as one). */
export function str(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** The objects of an array, skipping anything else. */
export function objects(value: unknown): JsonObject[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
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

export function bool(value: unknown): boolean {
  return value === true;
}

/** Non-empty parts joined with a separator. */
export function joinParts(parts: string[], separator = ', '): string {
  return parts.filter(Boolean).join(separator);
}
