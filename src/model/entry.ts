// The shared shape of dated entries (work, volunteering, projects, talks, teaching, service, grants,
// students, patents, sections of one's own): a title, a subtitle made of the entry's other names,
// dates, a place, prose, bullets, keywords, links, a badge, facts and people.
import type { DateRangeView, EntryView, RichText } from './types';
import type { ModelContext } from './context';
import { linkList, located, rangeOf, rich, richList, urlOf, writtenDates } from './fields';
import { field, firstStr, joinParts, obj, objects, str, strings, type JsonObject } from './read';
import { displayUrl } from './url';
import { dateText } from './dates';
import { authorNames, splitAuthorMarks } from './names';
import { parseInlineMarkdown } from './markdown';
import { mapped } from '../arrays';

export interface EntryFields {
  /** The entry's name: the first of these fields that is set. */
  title: readonly string[];
  /** Shown under the title, joined with " · " (a field equal to the title is left out). */
  subtitle: readonly string[];
  /**
   * A single date instead of startDate–endDate: the first of these fields that is set. Listing
   * startDate here makes a lone start date (the projects[] form) a date rather than "since".
   */
  date?: readonly string[];
  /** Shown as a badge: the first of these fields that is set. */
  badge?: readonly string[];
  /** Shown as lines of their own, as written. */
  facts?: readonly string[];
  /** A list of names shown with the entry, the owner's in bold. */
  people?: string;
}

/** A place written as text, or as JSON Resume's location object. */
export function placeText(value: unknown): string {
  if (typeof value !== 'object' || value === null) return str(value);
  const place = obj(value);
  const region = joinParts([str(place.region), str(place.postalCode)], ' ');
  return joinParts([str(place.address), str(place.city), region, str(place.countryCode) || str(place.country)]);
}

/** No dates at all: shared, never changed. */
export const NO_DATES: DateRangeView = { ongoing: false };

/**
 * A date written as one field instead of startDate and endDate, as people write it: "2021",
 * "Nov 2024 - ongoing", "2019 - 2022" (shown as written when it is not a calendar date).
 */
export const WRITTEN_DATE_FIELDS = ['date', 'year', 'years', 'period', 'duration', 'dates', 'time'] as const;

/**
 * An entry written as one line of text: shown as that line (inline markdown allowed). `at`: its JSON
 * pointer under validate(). Its fields are toEntry()'s, in the same order, so that both make one
 * hidden class in V8 (`{ ...lineEntry(line), at }` would make a new one each time).
 */
export function lineEntry(line: string, at?: string): EntryView {
  return {
    at,
    title: '',
    titleHref: undefined,
    subtitle: '',
    location: '',
    description: [],
    dates: NO_DATES,
    summary: parseInlineMarkdown(line),
    highlights: [],
    keywords: [],
    links: [],
    roles: [],
    badge: '',
    facts: [],
    people: [],
  };
}

const HIGHLIGHT_FIELDS = ['highlights', 'bullets', 'details'] as const;

const ROLE_FIELDS: EntryFields = { title: ['position', 'title', 'role', 'name'], subtitle: ['department', 'team'] };

/**
 * startDate – endDate; a single date instead when the section has one and no end date is given, or
 * when the entry has neither: `"year": "2021"`, `"period": "2019 - 2022"`.
 */
export function datesOf(item: JsonObject, fields: Pick<EntryFields, 'date'>, ctx: ModelContext): DateRangeView {
  if (dateText(item.endDate) || (!fields.date && dateText(item.startDate))) return rangeOf(item, ctx);
  return writtenDates(item, dateKeys(fields.date), ctx) ?? rangeOf(item, ctx);
}

const DATE_KEYS = new WeakMap<readonly string[], readonly string[]>();

/** A section's date fields, then the fields people write a date in: one list per section, made once. */
function dateKeys(date: readonly string[] | undefined): readonly string[] {
  if (!date) return WRITTEN_DATE_FIELDS;
  let keys = DATE_KEYS.get(date);
  if (!keys) DATE_KEYS.set(date, (keys = [...date, ...WRITTEN_DATE_FIELDS]));
  return keys;
}

/** Bullet points, under the name the entry gives them. */
export function highlightsOf(item: JsonObject): RichText[] {
  const key = HIGHLIGHT_FIELDS.find((name) => field(item, name) != null);
  return key ? richList(item[key]) : [];
}

function peopleOf(item: JsonObject, key: string | undefined, ctx: ModelContext) {
  if (!key) return [];
  return mapped(authorNames(field(item, key)), (written) => {
    const { name, marks } = splitAuthorMarks(written);
    return { name, marks, isOwner: ctx.isOwner(name) };
  });
}

/** The entry's roles, then the section's subtitle fields, joined with " · "; those equal to the title are left out. */
function subtitleOf(item: JsonObject, keys: readonly string[], title: string): string {
  const parts: string[] = [];
  const roles = strings(item.roles).join(', ');
  if (roles && roles !== title) parts.push(roles);
  for (const key of keys) {
    const part = str(field(item, key));
    if (part && part !== title) parts.push(part);
  }
  return parts.join(' · ');
}

/** Roles within roles are read this deep: a resume writes one level; a hostile one could nest thousands. */
const MAX_ROLE_DEPTH = 4;

/** Several roles at one place: `positions`, or `position` written as a list of them. */
function rolesOf(item: JsonObject, ctx: ModelContext, depth: number): EntryView[] {
  if (depth >= MAX_ROLE_DEPTH) return [];
  const roles = objects(Array.isArray(item.position) ? item.position : item.positions);
  return mapped(roles, (role) => toEntry(role, ROLE_FIELDS, ctx, depth + 1));
}

export function toEntry(item: JsonObject | string, fields: EntryFields, ctx: ModelContext, depth = 0): EntryView {
  if (typeof item === 'string') return lineEntry(item);
  const { url, href } = urlOf(item, ctx);
  const title = firstStr(item, fields.title);
  const links = linkList(item.links, ctx);
  if (url && (!href || !title)) links.unshift({ label: displayUrl(url), href });
  return {
    at: located(item, ctx),
    title,
    titleHref: title ? href : undefined,
    subtitle: subtitleOf(item, fields.subtitle, title),
    // A street address stands in for the place (JanKren-….json's employers).
    location: placeText(item.location ?? item.address),
    description: rich(item.description),
    dates: datesOf(item, fields, ctx),
    summary: rich(item.summary),
    highlights: highlightsOf(item),
    keywords: strings(item.keywords),
    links,
    roles: rolesOf(item, ctx, depth),
    badge: fields.badge ? firstStr(item, fields.badge) : '',
    facts: fields.facts ? strings(mapped(fields.facts, (key) => field(item, key))) : [],
    people: peopleOf(item, fields.people, ctx),
  };
}

export function hasContent(entry: EntryView): boolean {
  return Boolean(
    entry.title ||
    entry.subtitle ||
    entry.summary.length ||
    entry.highlights.length ||
    entry.links.length ||
    entry.location ||
    entry.description.length ||
    entry.keywords.length ||
    entry.dates.start ||
    entry.dates.end ||
    entry.dates.ongoing ||
    entry.roles.length ||
    entry.badge ||
    entry.facts.length ||
    entry.people.length,
  );
}
