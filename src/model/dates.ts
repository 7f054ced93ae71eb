// Resume dates are calendar dates (YYYY, YYYY-MM, YYYY-MM-DD), read as text: never parsed through
// Date, so no time zone can move them by a day. A Date object (YAML readers make one of a full date)
// is read as the UTC calendar date it holds, since that is the day the YAML said.
import type { DateRangeView, DateView } from './types';
import { str } from './read';

const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export type FormatMonth = (year: string, month: number) => string;

export interface CalendarDate {
  year: string;
  month?: number;
  day?: number;
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** The two-digit number at `index` of a string already known to hold digits there. */
function twoDigits(text: string, index: number): number {
  return (text.charCodeAt(index) - 48) * 10 + (text.charCodeAt(index + 1) - 48);
}

// Once the pattern matches, the parts are at fixed places: read from the text, not from capture
// groups and Number(), which cost more than the rest of the date together.
export function parseCalendarDate(text: string): CalendarDate | undefined {
  if (!ISO_DATE.test(text)) return undefined;
  const year = text.slice(0, 4);
  if (text.length === 4) return { year };
  const month = twoDigits(text, 5);
  if (month < 1 || month > 12) return undefined;
  if (text.length === 7) return { year, month };
  const day = twoDigits(text, 8);
  if (day < 1 || day > (DAYS_IN_MONTH[month - 1] ?? 0)) return undefined;
  if (month === 2 && day === 29 && !isLeapYear(Number(year))) return undefined;
  return { year, month, day };
}

/** "YYYY-MM-DD" of a valid Date in UTC; "" for an invalid one or a year beyond 0000-9999. */
export function utcCalendarDate(date: Date): string {
  const iso = Number.isNaN(date.getTime()) ? '' : date.toISOString();
  return /^\d{4}-/.test(iso) ? iso.slice(0, 10) : '';
}

/** A date for display; an unparseable one is shown as written. */
export function toDateView(value: unknown, formatMonth: FormatMonth): DateView | undefined {
  const text = value instanceof Date ? utcCalendarDate(value) : str(value);
  if (!text) return undefined;
  const date = parseCalendarDate(text);
  if (!date) return { text };
  return { text: date.month ? formatMonth(date.year, date.month) : date.year, iso: text };
}

export function toDateRange(start: unknown, end: unknown, formatMonth: FormatMonth): DateRangeView {
  const startView = toDateView(start, formatMonth);
  const endView = toDateView(end, formatMonth);
  return { start: startView, end: endView, ongoing: Boolean(startView && !endView) };
}
