// resume-cli reads resume.yaml with js-yaml, which turns a full date (2021-08-15) into a Date. The
// theme shows such a Date as the calendar date it holds, so validate() checks it as that text too
// rather than calling it "not text".
import { utcCalendarDate } from '../model/dates';
import { isObject, MAX_NESTING } from '../model/read';

/**
 * The value with every valid Date replaced by its UTC calendar date ("YYYY-MM-DD"). Copies only the
 * objects and arrays on the way to a Date; an invalid Date stays, for the schema to reject.
 */
export function withDatesAsText(value: unknown, seen = new WeakSet<object>(), depth = 0): unknown {
  if (value instanceof Date) return utcCalendarDate(value) || value;
  if (typeof value !== 'object' || value === null) return value;
  // YAML anchors can make a value its own descendant: each object is walked once. Below MAX_NESTING
  // a Date stays one, for the schema to reject.
  if (seen.has(value) || depth > MAX_NESTING) return value;
  seen.add(value);
  if (Array.isArray(value)) {
    const items = value.map((item) => withDatesAsText(item, seen, depth + 1));
    return items.some((item, index) => item !== value[index]) ? items : value;
  }
  if (!isObject(value)) return value;
  const entries = Object.entries(value).map(([key, item]) => [key, withDatesAsText(item, seen, depth + 1)] as const);
  return entries.some(([key, item]) => item !== value[key]) ? Object.fromEntries(entries) : value;
}
