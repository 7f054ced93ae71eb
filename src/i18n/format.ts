// Month names, date order and numbers from Intl, the same on every machine: the Gregorian calendar
// (fa and ar-SA would otherwise get Solar Hijri or Islamic months for a Gregorian date), Latin
// digits (as the years written in the resume and shown as they are), and UTC, so no time zone
// moves a month.
import { mapped } from '../arrays';

export type FormatMonth = (year: string, month: number) => string;
export type FormatNumber = (n: number) => string;
export type FormatDay = (year: string, month: number, day: number) => string;

/** One month's pattern, e.g. ["Aug", " ", YEAR] or [YEAR, "年", "8", "月"]. */
type MonthPattern = (string | typeof YEAR)[];

const YEAR = Symbol('year');
const DATE_OPTIONS: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  timeZone: 'UTC',
  calendar: 'gregory',
  numberingSystem: 'latn',
};
const NUMBER_OPTIONS: Intl.NumberFormatOptions = { numberingSystem: 'latn', maximumFractionDigits: 0 };

/**
 * The twelve month patterns of a locale, read from Intl once. The year is filled in from the resume's
 * own text: Date.UTC(99, …) would mean 1999 and Intl would drop a leading zero ("0999"), while
 * month names and their order never depend on the year in the Gregorian calendar.
 */
function monthPatterns(tags: string[]): MonthPattern[] {
  const format = new Intl.DateTimeFormat(tags, DATE_OPTIONS);
  return Array.from({ length: 12 }, (_, index) =>
    mapped(format.formatToParts(Date.UTC(2001, index, 15)), (part) => (part.type === 'year' ? YEAR : part.value)),
  );
}

/** A pattern made only of digits and punctuation, such as pt-PT's "08/2021", names no month. */
function isNumericOnly(patterns: MonthPattern[]): boolean {
  return patterns.every((pattern) => pattern.every((part) => part === YEAR || !/\p{L}/u.test(part)));
}

function tryPatterns(tags: string[]): MonthPattern[] | undefined {
  try {
    const patterns = monthPatterns(tags);
    return isNumericOnly(patterns) ? undefined : patterns;
  } catch {
    return undefined; // a tag the regular expression let through but Intl rejects, such as "en-12"
  }
}

// The first Intl.DateTimeFormat made in a process loads ICU's date data, 12 to 18 ms: a tenth of the
// first render of a long CV. Plain English, most resumes' language, is therefore written out as Intl
// writes it ("Sep 2024"); test/i18n/locales.test.ts checks it against Intl. Regional English differs
// ("Sept" in en-GB) and goes through Intl.
const PLAIN_ENGLISH = /^en(?:-US)?$/i;
const ENGLISH_MONTHS: MonthPattern[] = mapped('Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' '), (name) => [name, ' ', YEAR]);

function patternsFor(tag: string, labelsTag: string): MonthPattern[] {
  if (PLAIN_ENGLISH.test(tag) && labelsTag === 'en') return ENGLISH_MONTHS;
  return tryPatterns([tag, labelsTag]) ?? tryPatterns([labelsTag]) ?? monthPatterns(['en']);
}

/**
 * Month formatter for `tag` (the resume's language tag, whose region may matter: de-AT writes
 * "Jän."), falling back to `labelsTag`, the locale whose labels are shown.
 */
export function monthFormatter(tag: string, labelsTag: string): FormatMonth {
  const patterns = patternsFor(tag, labelsTag);
  return (year, month) => {
    const pattern = patterns[month - 1];
    if (!pattern) return year;
    let text = '';
    for (const part of pattern) text += part === YEAR ? year : part;
    return text;
  };
}

/**
 * An Intl formatter for the resume's language tag, else for the locale whose labels are shown (Intl
 * rejects some tags the regular expression lets through, such as "en-12"), made at its first use:
 * most pages need none, and the first one made in a process costs milliseconds.
 */
function madeAtFirstUse<T>(make: (tags: string[]) => T, tag: string, labelsTag: string): () => T {
  let made: T | undefined;
  return () => {
    if (made === undefined) {
      try {
        made = make([tag, labelsTag]);
      } catch {
        made = make([labelsTag]);
      }
    }
    return made;
  };
}

const DAY_OPTIONS: Intl.DateTimeFormatOptions = { ...DATE_OPTIONS, day: 'numeric' };

/**
 * Dates to the day ("Jul 15, 1995", "15. Juli 1995"), for the one date a CV shows so: a birth date.
 * The year is the resume's own text, as in monthFormatter.
 */
export function dayFormatter(tag: string, labelsTag: string): FormatDay {
  const format = madeAtFirstUse((tags) => new Intl.DateTimeFormat(tags, DAY_OPTIONS), tag, labelsTag);
  return (year, month, day) => {
    let text = '';
    // 2000 is a leap year, so 29 February has a day to stand for.
    for (const part of format().formatToParts(Date.UTC(2000, month - 1, day))) text += part.type === 'year' ? year : part.value;
    return text;
  };
}

// Plain English groups a whole number's digits by three with commas ("12,345"), as Intl writes it;
// the first Intl.NumberFormat of a process costs 18 to 23 ms. Checked against Intl by a test.
const THOUSANDS = /\B(?=(?:\d{3})+$)/g;

function plainEnglishNumber(n: number): string {
  const digits = String(Math.abs(n)).replace(THOUSANDS, ',');
  return n < 0 ? `-${digits}` : digits;
}

/** Whole numbers with the locale's grouping ("12.345" in German); "" for anything not finite. */
export function numberFormatter(tag: string, labelsTag: string): FormatNumber {
  const format = madeAtFirstUse((tags) => new Intl.NumberFormat(tags, NUMBER_OPTIONS), tag, labelsTag);
  const plainEnglish = PLAIN_ENGLISH.test(tag) && labelsTag === 'en';
  // Below 1,000 a whole number has no separator in any locale, and its digits are Latin: Intl would
  // write String(n), at about 40 times the cost (a software section's counts, citation counts).
  return (n) => {
    if (Number.isInteger(n) && n >= 0 && n < 1000) return String(n);
    if (plainEnglish && Number.isSafeInteger(n)) return plainEnglishNumber(n);
    return Number.isFinite(n) ? format().format(n) : '';
  };
}

/** A label with a `{n}` placeholder, filled with a number in the locale's format: "Cited by 1,234". */
export function fillNumber(template: string, n: number, formatNumber: FormatNumber): string {
  return template.split('{n}').join(formatNumber(n));
}
