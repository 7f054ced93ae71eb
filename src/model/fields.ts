// Readers for the fields many sections share: dates, links, prose. Each also checks the value it
// read when validate() is building the view (ctx.lint), so the warnings follow what is shown.
import type { DateRangeView, DateView, LinkView, RichText } from './types';
import type { ModelContext } from './context';
import { compareDates, dateText, isOngoing, parseCalendarDate, toDateRange, toDateView, writtenRange } from './dates';
import { parseInlineMarkdown } from './markdown';
import { field, firstStr, isObject, str, strings, type JsonObject } from './read';
import { trackedPointer } from './track';
import { pointerSegment } from './pointers';
import { displayUrl, hrefOf } from './url';
import { readableKey } from './keys';
import { kept, mapped } from '../arrays';

/** The JSON pointer of a field of a resume item, when validate() is running. */
export function fieldPointer(item: JsonObject, key: string): string | undefined {
  const at = trackedPointer(item);
  return at === undefined ? undefined : `${at}/${pointerSegment(key)}`;
}

/** The item's JSON pointer, kept on its view so that section lint rules can name it. */
export function located(item: JsonObject, ctx: ModelContext): string | undefined {
  return ctx.lint ? trackedPointer(item) : undefined;
}

function warnAt(ctx: ModelContext, item: JsonObject, key: string, message: string): void {
  const path = ctx.lint && fieldPointer(item, key);
  if (path !== undefined && ctx.lint) ctx.lint.warn(path, message);
}

function checkDate(item: JsonObject, key: string, ctx: ModelContext): void {
  const text = dateText(item[key]);
  if (!(key === 'endDate' && isOngoing(text))) checkDateText(item, key, text, ctx);
}

function checkDateText(item: JsonObject, key: string, text: string, ctx: ModelContext): void {
  if (text && !parseCalendarDate(text)) {
    warnAt(ctx, item, key, `"${text}" is not a date the theme can read: write it as YYYY, YYYY-MM or YYYY-MM-DD (it is shown as written).`);
  }
}

/** The same date written twice ("releaseDate": "2025-12-19", "year": 2025) is shown once; a different one is named. */
function checkOtherDates(item: JsonObject, keys: readonly string[], shownKey: string, ctx: ModelContext): void {
  const shownText = dateText(item[shownKey]);
  const shown = parseCalendarDate(shownText);
  for (const key of keys.slice(keys.indexOf(shownKey) + 1)) {
    const text = dateText(item[key]);
    if (!text || text === shownText) continue;
    const other = parseCalendarDate(text);
    if (!shown || !other || compareDates(shown, other) !== 0) {
      warnAt(ctx, item, key, `"${text}" is not shown: the date shown is ${shownKey} ("${shownText}"). Make the two agree, or remove one.`);
    }
  }
}

/** A field that repeats one shown (`level` beside `fluency`) is read, and so not named; one that says something else is. */
export function checkRepeated(item: JsonObject, key: string, shownKey: string, shownText: string, ctx: ModelContext): void {
  const text = str(item[key]);
  if (text && text !== shownText)
    warnAt(ctx, item, key, `"${text}" is not shown: it differs from ${shownKey}, which is. Make the two agree, or remove one.`);
}

/** A single date, from the first of `keys` the item has. */
export function dateOf(item: JsonObject, keys: readonly string[], ctx: ModelContext): DateView | undefined {
  const key = keys.find((name) => dateText(field(item, name)));
  return key === undefined ? undefined : dateAt(item, key, keys, ctx);
}

/** The date at `key`, one of `keys`, which has text. */
function dateAt(item: JsonObject, key: string, keys: readonly string[], ctx: ModelContext): DateView | undefined {
  if (ctx.lint) {
    checkDate(item, key, ctx);
    checkOtherDates(item, keys, key, ctx);
  }
  return toDateView(item[key], ctx.formatMonth);
}

/**
 * The dates written in one field, the first of `keys` the item has: one date, or a period whose
 * ends are dates the theme reads ("2019 - 2022", "2020 – present"), shown as a range.
 */
export function writtenDates(item: JsonObject, keys: readonly string[], ctx: ModelContext): DateRangeView | undefined {
  const key = keys.find((name) => hasWrittenDate(field(item, name)));
  if (key === undefined) return undefined;
  const value = item[key];
  const pair = datePair(value);
  if (pair && ctx.lint) {
    checkDateText(item, key, pair[0], ctx);
    if (!isOngoing(pair[1])) checkDateText(item, key, pair[1], ctx);
  }
  const range = pair ?? writtenRange(dateText(value));
  if (!range) return { start: dateAt(item, key, keys, ctx), ongoing: false };
  const [start, end] = range;
  if (ctx.lint) {
    checkOtherDates(item, keys, key, ctx);
    checkOrder(item, key, start, end, ctx);
  }
  return toDateRange(start, end, ctx.formatMonth);
}

/** A period written as a list of its two ends, `["September 2025", "present"]` (williameclee-….json). */
function datePair(value: unknown): [string, string] | undefined {
  if (!Array.isArray(value) || value.length !== 2) return undefined;
  const [start, end] = value as unknown[];
  return typeof start === 'string' && typeof end === 'string' ? [start, end] : undefined;
}

/** A date, a period in one field, or a period written as a list. */
export function hasWrittenDate(value: unknown): boolean {
  return dateText(value) !== '' || datePair(value) !== undefined;
}

/** Warns at `key` when the end is written before the start. */
function checkOrder(item: JsonObject, key: string, startText: string, endText: string, ctx: ModelContext): void {
  const start = parseCalendarDate(startText);
  const end = parseCalendarDate(endText);
  if (start && end && compareDates(end, start) < 0)
    warnAt(ctx, item, key, `The end date (${endText}) is before the start date (${startText}).`);
}

/**
 * The other names people give a period's two ends, each pair with the fields that may hold its
 * month: `start_date`, `start_year` with `start_month` (a Lattes export), or `start` and `end`.
 */
export const OTHER_PERIOD_NAMES = [
  { start: 'start_date', end: 'end_date' },
  { start: 'start_year', end: 'end_year', startMonth: 'start_month', endMonth: 'end_month' },
  { start: 'start', end: 'end' },
] as const;

type PeriodNames = (typeof OTHER_PERIOD_NAMES)[number];

/** The names of the period's ends when the item writes them other than as startDate and endDate. */
function otherPeriodNames(item: JsonObject): PeriodNames | undefined {
  return OTHER_PERIOD_NAMES.find((names) => dateText(item[names.start]) !== '' || dateText(item[names.end]) !== '');
}

/** The fields an item's period is read from, when they are not startDate and endDate: none are left to show. */
export function otherPeriodFields(item: JsonObject): string[] {
  const names = item.startDate === undefined && item.endDate === undefined ? otherPeriodNames(item) : undefined;
  return names ? Object.values(names) : [];
}

/** A year and the month written beside it ("2021", "11"): "2021-11"; the year alone without a month. */
function yearMonth(item: JsonObject, yearKey: string, monthKey: string | undefined): string {
  const year = dateText(item[yearKey]);
  const month = monthKey === undefined ? NaN : Number(str(item[monthKey]));
  return /^\d{4}$/.test(year) && Number.isInteger(month) && month >= 1 && month <= 12 ? `${year}-${String(month).padStart(2, '0')}` : year;
}

function otherRange(item: JsonObject, names: PeriodNames, ctx: ModelContext): DateRangeView {
  const start = yearMonth(item, names.start, 'startMonth' in names ? names.startMonth : undefined);
  const end = yearMonth(item, names.end, 'endMonth' in names ? names.endMonth : undefined);
  if (ctx.lint) {
    checkDateText(item, names.start, start, ctx);
    if (!isOngoing(end)) checkDateText(item, names.end, end, ctx);
    checkOrder(item, names.end, start, end, ctx);
  }
  return toDateRange(start, end, ctx.formatMonth);
}

/** startDate – endDate (or the ends under other names: start_date, start_year, start), checked for order. */
export function rangeOf(item: JsonObject, ctx: ModelContext): DateRangeView {
  if (item.startDate === undefined && item.endDate === undefined) {
    const names = otherPeriodNames(item);
    if (names) return otherRange(item, names, ctx);
  }
  if (ctx.lint) {
    checkDate(item, 'startDate', ctx);
    checkDate(item, 'endDate', ctx);
    checkOrder(item, 'endDate', dateText(item.startDate), dateText(item.endDate), ctx);
  }
  return toDateRange(item.startDate, item.endDate, ctx.formatMonth);
}

const URL_FIELDS = ['url', 'website', 'link'];

/** The item's address (`url`, else `website`, else `link`) and its checked link target. */
export function urlOf(item: JsonObject, ctx: ModelContext, keys: readonly string[] = URL_FIELDS): { url: string; href?: string } {
  const key = keys.find((name) => str(field(item, name)));
  if (key === undefined) return { url: '' };
  const url = str(item[key]);
  const href = hrefOf(url);
  if (ctx.lint) {
    if (!href) warnAt(ctx, item, key, `"${url}" is not shown as a link: only http(s), mailto and tel links, and relative ones, are.`);
    // `"url"` and `"website"` both written, with the same address: shown once, and nothing to say.
    for (const other of keys) if (other !== key) checkRepeated(item, other, key, url, ctx);
  }
  return { url, href };
}

export function rich(value: unknown): RichText {
  return parseInlineMarkdown(str(value));
}

export function richList(value: unknown): RichText[] {
  return mapped(strings(value), parseInlineMarkdown);
}

/** Paragraphs joined by line breaks. */
export function joinProse(parts: RichText[]): RichText {
  return kept(parts, (part) => part.length).flatMap((part, index) => (index ? [{ kind: 'break' as const }, ...part] : part));
}

/** An address written on its own: shown without its scheme, a link when it is safe. */
export function addressLink(url: string): LinkView {
  return { label: displayUrl(url), href: hrefOf(url) };
}

function toLink(value: unknown, ctx: ModelContext): LinkView | undefined {
  if (!isObject(value)) {
    const url = str(value);
    return url ? addressLink(url) : undefined;
  }
  const { url, href } = urlOf(value, ctx, ['url', 'href']);
  const label = firstStr(value, ['label', 'name', 'title']) || (url ? displayUrl(url) : '');
  return label ? { label, href } : undefined;
}

function isLink(link: LinkView | undefined): link is LinkView {
  return link !== undefined;
}

/** `links[]`: `{ label, url }` objects or bare addresses; or an object of addresses by label, `{ "paper": "https://…" }`. */
export function linkList(value: unknown, ctx: ModelContext): LinkView[] {
  if (!Array.isArray(value)) return isObject(value) ? linksByLabel(value, ctx) : [];
  // mapped() and kept() rather than a loop pushing into a literal []: V8 soon allocates such an array,
  // which always outlives the call, straight in the old generation, and that costs more GC than the copy.
  const links = mapped(value, (item: unknown) => toLink(item, ctx));
  return kept(links, isLink);
}

/**
 * `{ "paper": "https://…", "project_page": "https://…" }` (NeutrinoLiu-….json): each address under its
 * label made readable, checked (and named by validate() when unsafe) as any address is.
 */
function linksByLabel(links: JsonObject, ctx: ModelContext): LinkView[] {
  return Object.keys(links).flatMap((label) => {
    const { url, href } = urlOf(links, ctx, [label]);
    return url ? [{ label: readableKey(label), href }] : [];
  });
}
