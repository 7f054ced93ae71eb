// Any other top-level list of the resume ("internships", "academicService", "work experience"): shown
// as a section of its own after the known ones, each entry laid out from the fields it has.
import type { EntryView } from '../model/types';
import type { ModelContext } from '../model/context';
import type { RawEntry } from './descriptor';
import { dateOf, linkList, located, rangeOf, rich, urlOf } from '../model/fields';
import { hasContent, lineEntry, placeText } from '../model/entry';
import { displayUrl } from '../model/url';
import { dateText } from '../model/dates';
import { firstStr, isObject, joinParts, str, strings, type JsonObject } from '../model/read';

const TITLE = ['name', 'title', 'position', 'role', 'course', 'degree', 'award', 'organization', 'institution', 'company', 'event', 'label', 'subject', 'topic'];
const SUBTITLE = ['organization', 'institution', 'company', 'employer', 'school', 'university', 'department', 'venue', 'event', 'conference', 'journal', 'publisher', 'issuer', 'awarder', 'role', 'position', 'degree', 'area', 'studyType'];
const SINGLE_DATE = ['date', 'year', 'releaseDate', 'when', 'period'];
const PLACE = ['location', 'city', 'place'];
const LINK = ['url', 'website', 'link', 'href', 'homepage'];
const HIGHLIGHT_LISTS = new Set(['highlights', 'bullets', 'items', 'details', 'achievements', 'responsibilities']);
const KEYWORD_LISTS = new Set(['keywords', 'tags', 'skills', 'technologies', 'tools']);
/** Fields that carry no text for a reader: identifiers, icons, visibility flags. */
export const CONTENTLESS_FIELDS = new Set(['id', '_id', 'uuid', 'icon', 'visible', 'visibility', 'hidden', 'order', 'sort', 'slug']);

/** A section id for a key of the resume's own: letters, digits, - and _ only. */
export function slugOf(key: string): string {
  return key.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'section';
}

/** "academicService" → "Academic Service", "work_experience" → "Work Experience". */
export function readableKey(key: string): string {
  return key
    .replace(/([\p{Ll}\d])(\p{Lu})/gu, '$1 $2')
    .replace(/[_\-.]+/g, ' ')
    .trim()
    .split(/\s+/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/** A value nested deeper than an entry's fields, as one line of text. */
function flatText(value: unknown): string {
  if (Array.isArray(value)) return joinParts(value.map(flatText));
  if (isObject(value)) return joinParts(Object.entries(value).map(([key, item]) => (CONTENTLESS_FIELDS.has(key) ? '' : flatText(item))));
  return str(value);
}

function genericEntry(item: RawEntry, ctx: ModelContext, depth: number): EntryView {
  if (typeof item === 'string') return lineEntry(item);
  const present = (key: string) => str(item[key]) !== '';
  const titleKey = TITLE.find(present);
  const title = titleKey ? str(item[titleKey]) : '';
  const subtitleKey = SUBTITLE.find((key) => key !== titleKey && present(key));
  const urlKey = LINK.find(present);
  const { url, href } = urlOf(item, ctx, urlKey ? [urlKey] : []);
  const links = linkList(item.links, ctx);
  if (url && (!href || !title)) links.unshift({ label: displayUrl(url), href });
  const hasDate = (key: string) => dateText(item[key]) !== '';
  const dateKey = hasDate('startDate') || hasDate('endDate') ? undefined : SINGLE_DATE.find(hasDate);
  const placeKey = PLACE.find((key) => item[key] !== undefined && item[key] !== null);
  const view: EntryView = {
    at: located(item, ctx),
    title,
    titleHref: title ? href : undefined,
    subtitle: subtitleKey ? str(item[subtitleKey]) : '',
    location: placeKey ? placeText(item[placeKey]) : '',
    description: rich(item.description),
    dates: dateKey ? { start: dateOf(item, [dateKey], ctx), ongoing: false } : rangeOf(item, ctx),
    summary: rich(item.summary),
    highlights: [],
    keywords: [],
    links,
    roles: [],
    badge: '',
    facts: [],
    people: [],
  };
  const used = new Set([titleKey, subtitleKey, urlKey, placeKey, dateKey ?? 'startDate', 'endDate', 'summary', 'description', 'links']);
  for (const [key, value] of Object.entries(item)) {
    if (!used.has(key) && !CONTENTLESS_FIELDS.has(key)) addField(view, key, value, ctx, depth);
  }
  return view;
}

/** Puts a field the layout has no fixed place for where it fits: bullets, keywords, sub-entries or facts. */
function addField(view: EntryView, key: string, value: unknown, ctx: ModelContext, depth: number): void {
  if (typeof value === 'boolean' || value === null || value === undefined) return;
  if (Array.isArray(value) && value.length && value.every(isObject) && depth < 2) {
    for (const child of value) {
      const entry = genericEntry(child as JsonObject, ctx, depth + 1);
      if (hasContent(entry)) view.roles.push(entry);
    }
    return;
  }
  if (Array.isArray(value) && value.every((item) => !isObject(item) && !Array.isArray(item))) {
    const texts = strings(value);
    if (HIGHLIGHT_LISTS.has(key)) view.highlights.push(...texts.map((line) => rich(line)));
    else if (KEYWORD_LISTS.has(key)) view.keywords.push(...texts);
    else if (texts.length) view.facts.push(`${readableKey(key)}: ${texts.join(', ')}`);
    return;
  }
  const text = flatText(value);
  if (text) view.facts.push(`${readableKey(key)}: ${text}`);
}

export interface GenericSectionView {
  key: string;
  entries: EntryView[];
}

export function toGenericSection(key: string, entries: readonly RawEntry[], ctx: ModelContext): GenericSectionView {
  const built: EntryView[] = [];
  for (const entry of entries) {
    const view = genericEntry(entry, ctx, 0);
    if (hasContent(view)) built.push(view);
  }
  return { key, entries: built };
}
