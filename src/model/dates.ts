// Resume dates are calendar dates (YYYY, YYYY-MM, YYYY-MM-DD, an English month and year, a term such
// as "Fall 2025", or the numeric forms of other countries: "2018/06", "2024年4月", "10/2014",
// "30.11.1981"), read as text: never parsed through Date, so no time zone can move them by a day. A
// Date object (YAML readers make one of a full date) is read as the UTC calendar date it holds, since
// that is the day the YAML said.
import type { DateRangeView, DateView } from './types';
import { str } from './read';
import { PRESENT_WORDS } from '../i18n';

const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
// What people also write: months and days without their zero ("2025-3-15"), a time after the date.
const LOOSE_DATE = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
// After ISO dates, the wording real resumes use most: an English month, whole or cut short, and the
// year ("Aug 2021", "August 2024", "Sept. 2019"), as 01QJ10-….json and JanKren-….json write them.
const MONTH_YEAR = /^([a-z]{3,9})\.?\s+(\d{4}|['’]\d{2})$/i;
// Teaching is dated by term: "Fall 2025", "Spring Semester 2024", "Winter Quarter 2023".
const TERM = /^(?:spring|summer|fall|autumn|winter)(?:\s+(?:semester|quarter|term))?,?\s+(\d{4})$/i;
const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
// A date and a time to the second ("2026-03-21T15:13:45.436Z", "2013-07-18T20:12:11Z") is when a tool
// fetched, created or changed the data: no one writes the second of an event into a CV.
const TIMESTAMP = /^\s*\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/;
/**
 * End dates that mean "still going", lower-cased: English words, "Present" in each language the theme
 * speaks ("heute", "至今"), and the other words people write for it in those languages.
 */
const ONGOING = new Set([
  ...'present|now|current|ongoing|today'.split('|'),
  ...PRESENT_WORDS,
  ...'laufend|aktuell|jetzt|présent|en cours|actuel|presente|actual|hoy|atual|atualmente|in corso|现在|目前|現在'.split('|'),
]);
// The other numeric forms, year first: "2018/06", "2019.6.1" (China, Japan, Korea); "2024年4月",
// "2024년 4월". Month first: "10/2014", "10.2014", and the day before them with dots, "30.11.1981"
// (Europe). Day and month with slashes ("01/02/2020") are left unread: the order differs by country.
const YEAR_FIRST = /^(\d{4})(?:([/.])(\d{1,2})(?:\2(\d{1,2}))?|\s*[年년]\s*(?:(\d{1,2})\s*[月월]\s*(?:(\d{1,2})\s*[日일])?)?)$/;
const MONTH_FIRST = /^(?:(\d{1,2})\.)?(\d{1,2})[/.](\d{4})$/;

export type FormatMonth = (year: string, month: number) => string;

export interface CalendarDate {
  year: string;
  month?: number;
  day?: number;
  /** A term of the academic year ("Fall 2025"): dated by its year, shown as written. */
  term?: true;
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** The two-digit number at `index` of a string already known to hold digits there. */
function twoDigits(text: string, index: number): number {
  return (text.charCodeAt(index) - 48) * 10 + (text.charCodeAt(index + 1) - 48);
}

function checked(year: string, month?: number, day?: number): CalendarDate | undefined {
  if (month === undefined) return { year };
  if (month < 1 || month > 12) return undefined;
  if (day === undefined) return { year, month };
  if (day < 1 || day > (DAYS_IN_MONTH[month - 1] ?? 0)) return undefined;
  if (month === 2 && day === 29 && !isLeapYear(Number(year))) return undefined;
  return { year, month, day };
}

// Once the pattern matches, the parts are at fixed places: read from the text, not from capture
// groups and Number(), which cost more than the rest of the date together.
export function parseCalendarDate(text: string): CalendarDate | undefined {
  if (ISO_DATE.test(text)) {
    const year = text.slice(0, 4);
    if (text.length === 4) return { year };
    return checked(year, twoDigits(text, 5), text.length === 10 ? twoDigits(text, 8) : undefined);
  }
  const loose = LOOSE_DATE.exec(text);
  if (loose) return checked(loose[1] as string, Number(loose[2]), loose[3] === undefined ? undefined : Number(loose[3]));
  const named = MONTH_YEAR.exec(text);
  const month = named ? monthNamed(named[1] as string) : undefined;
  if (named && month) return { year: fullYear(named[2] as string), month };
  const term = TERM.exec(text);
  if (term) return { year: term[1] as string, term: true };
  return named ? undefined : numericDate(text);
}

function numberOrUndefined(digits: string | undefined): number | undefined {
  return digits === undefined ? undefined : Number(digits);
}

/** The year-first and month-first forms other than ISO's. */
function numericDate(text: string): CalendarDate | undefined {
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) {
    const [, year = '', separator, month, day, cjkMonth, cjkDay] = yearFirst;
    // "2010/11" is more often the academic year 2010–11 than November 2010.
    if (separator === '/' && day === undefined && Number(month) === (Number(year) + 1) % 100) return undefined;
    return checked(year, numberOrUndefined(month ?? cjkMonth), numberOrUndefined(day ?? cjkDay));
  }
  const monthFirst = MONTH_FIRST.exec(text);
  if (!monthFirst) return undefined;
  const [, day, month, year = ''] = monthFirst;
  return checked(year, Number(month), numberOrUndefined(day));
}

/** "2018", or "'18" as English writes it short: 2000 to 2050, else the 1900s (a fixed pivot, so that a page does not change with the date). */
function fullYear(written: string): string {
  if (written.length === 4) return written;
  const twoDigits = written.slice(1);
  return `${Number(twoDigits) <= 50 ? '20' : '19'}${twoDigits}`;
}

/** The month an English month name or its beginning names ("Aug", "Sept", "August"), or undefined. */
function monthNamed(word: string): number | undefined {
  const lower = word.toLowerCase();
  const index = MONTH_NAMES.findIndex((name) => name.startsWith(lower));
  return lower.length >= 3 && index >= 0 ? index + 1 : undefined;
}

function pad(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** The date as YYYY, YYYY-MM or YYYY-MM-DD, for `<time datetime>`. */
export function isoDate(date: CalendarDate): string {
  if (date.month === undefined) return date.year;
  return date.day === undefined ? `${date.year}-${pad(date.month)}` : `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** "YYYY-MM-DD" of a valid Date in UTC; "" for an invalid one or a year beyond 0000-9999. */
export function utcCalendarDate(date: Date): string {
  const iso = Number.isNaN(date.getTime()) ? '' : date.toISOString();
  return /^\d{4}-/.test(iso) ? iso.slice(0, 10) : '';
}

/** A date value as text: a string as written, a Date as its UTC calendar date. */
export function dateText(value: unknown): string {
  return value instanceof Date ? utcCalendarDate(value) : str(value);
}

/** A date for display; an unparseable one is shown as written. */
export function toDateView(value: unknown, formatMonth: FormatMonth): DateView | undefined {
  const text = dateText(value);
  if (!text) return undefined;
  const date = parseCalendarDate(text);
  if (!date) return { text };
  if (date.term) return { text, iso: date.year };
  const iso = text.length <= 10 && ISO_DATE.test(text) ? text : isoDate(date);
  return { text: date.month ? formatMonth(date.year, date.month) : date.year, iso };
}

/** A tool's record of when it fetched or changed the data, not a date for a reader. */
export function isTimestamp(value: unknown): boolean {
  return typeof value === 'string' && TIMESTAMP.test(value);
}

export function isOngoing(value: unknown): boolean {
  return typeof value === 'string' && ONGOING.has(value.trim().toLowerCase());
}

// "2019 - 2022", "2020-Present", "2016 – 2019", "2019/06-2019/08", "2020年10月 – 2024年3月",
// "2018/10至今": a period written in one field, its ends dates as above or (the end) a word for now.
const PART = String.raw`(?:(?:spring|summer|fall|autumn|winter)\s+(?:semester|quarter|term)\s+\d{4}|\d{4}(?:[-/.]\d{1,2}(?:[-/.]\d{1,2})?)?|\d{4}\s*[年년](?:\s*\d{1,2}\s*[月월](?:\s*\d{1,2}\s*[日일])?)?|(?:\d{1,2}\.)?\d{1,2}[/.]\d{4}|[a-z]{3,9}\.?\s+(?:\d{4}|['’]\d{2}))`;
const WRITTEN_RANGE = new RegExp(String.raw`^(${PART})\s*(?:--?|–|—|~|～|〜|to|至)\s*(${PART}|[^\d\s].*)$`, 'i');

/** A period written in one field, as its start and end; undefined for a single date or anything else. */
export function writtenRange(text: string): [string, string] | undefined {
  // Most dates are YYYY, YYYY-MM or YYYY-MM-DD; a period is at least nine characters ("2019-2022").
  // Ruled out by length, they cost AlexanderPico-icv.json 4.391 M instructions a render against 4.385 M
  // without periods; tested by a pattern first, 4.399 M.
  if (text.length < 9 || (text.length === 10 && text.charCodeAt(7) === 45)) return undefined;
  const trimmed = text.trim();
  const match = WRITTEN_RANGE.exec(trimmed);
  if (!match) return monthsOfOneYear(trimmed);
  const start = match[1] ?? '';
  const end = match[2] ?? '';
  return parseCalendarDate(start) && (isOngoing(end) || parseCalendarDate(end)) ? [start, end] : undefined;
}

// "April-Oct 2022", "May – August 2019": two months of one year. "Dec-Feb 2021" is left as written:
// which year December is in, the text does not say.
const MONTHS_OF_ONE_YEAR = /^([a-z]{3,9})\.?\s*(?:--?|–|—|to)\s*([a-z]{3,9})\.?\s+(\d{4})$/i;

function monthsOfOneYear(text: string): [string, string] | undefined {
  const [, first = '', second = '', year = ''] = MONTHS_OF_ONE_YEAR.exec(text) ?? [];
  const start = monthNamed(first);
  const end = monthNamed(second);
  return start && end && start <= end ? [`${first} ${year}`, `${second} ${year}`] : undefined;
}

export function toDateRange(start: unknown, end: unknown, formatMonth: FormatMonth): DateRangeView {
  const startView = toDateView(start, formatMonth);
  const endView = isOngoing(end) ? undefined : toDateView(end, formatMonth);
  // "2019 – 2019": a period that starts and ends on the date written is that one date.
  if (startView && endView && startView.text === endView.text && startView.iso === endView.iso)
    return { start: startView, end: undefined, ongoing: false };
  return { start: startView, end: endView, ongoing: Boolean(startView && !endView) || (!startView && isOngoing(end)) };
}

/** Negative when a is earlier, comparing only as precisely as both dates are written. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  const pairs: [number | undefined, number | undefined][] = [
    [Number(a.year), Number(b.year)],
    [a.month, b.month],
    [a.day, b.day],
  ];
  for (const [left, right] of pairs) {
    if (left === undefined || right === undefined) return 0;
    if (left !== right) return left - right;
  }
  return 0;
}
