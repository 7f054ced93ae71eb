// JSON pointers (RFC 6901) and the field names people write for them.
import { mapped } from '../arrays';

/** One key as a pointer segment: "~" and "/" escaped. */
export function pointerSegment(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The pointer of a path of keys: ["work", "0", "name"] → "/work/0/name". */
export function pointerOf(keys: readonly string[]): string {
  return mapped(keys, (key) => `/${pointerSegment(key)}`).join('');
}

function pointerSegments(pointer: string): string[] {
  return pointer ? mapped(pointer.slice(1).split('/'), (part) => part.replace(/~1/g, '/').replace(/~0/g, '~')) : [];
}

/** "/publications/2/authors" as people write it: publications[2].authors ("" for the whole resume). */
export function fieldName(pointer: string): string {
  return pointerSegments(pointer).reduce((text, key) => (/^\d+$/.test(key) ? `${text}[${key}]` : text ? `${text}.${key}` : key), '');
}

export function valueAt(root: unknown, pointer: string): unknown {
  let value = root;
  for (const key of pointerSegments(pointer)) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
