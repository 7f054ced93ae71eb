// Any other top-level list of the resume ("internships", "academicService", "work experience"): shown
// as a section of its own after the known ones, each entry laid out from the fields it has.
import type { EntryView } from '../model/types';
import type { ModelContext } from '../model/context';
import type { RawEntry } from './descriptor';
import {
  hasWrittenDate,
  joinProse,
  linkList,
  located,
  otherPeriodFields,
  rangeOf,
  rich,
  richList,
  urlOf,
  writtenDates,
} from '../model/fields';
import { WRITTEN_DATE_FIELDS, hasContent, lineEntry, placeText } from '../model/entry';
import { plainText } from '../model/markdown';
import { displayUrl } from '../model/url';
import { isTimestamp } from '../model/dates';
import { MAX_NESTING, field, isObject, joinParts, str, strings, type JsonObject } from '../model/read';
import { richText } from '../elements/richText';
import { datedEntries } from './shared/DatedEntry';
import { remembered } from '../remembered';
import { readableKey } from '../model/keys';
import { kept, mapped } from '../arrays';

const TITLE = [
  'name',
  'title',
  'position',
  'role',
  'course',
  'degree',
  'award',
  'organization',
  'organisation',
  'institution',
  'company',
  'event',
  'label',
  'subject',
  'topic',
];
const SUBTITLE = [
  'organization',
  'organisation',
  'org',
  'institution',
  'company',
  'employer',
  'school',
  'university',
  'department',
  'venue',
  'event',
  'conference',
  'journal',
  'publisher',
  'issuer',
  'awarder',
  'role',
  'position',
  'degree',
  'area',
  'studyType',
];
const SINGLE_DATE = [...WRITTEN_DATE_FIELDS, 'releaseDate', 'when'];
const PLACE = ['location', 'city', 'place', 'address'];
const LINK = ['url', 'website', 'link', 'href', 'homepage'];
/** Paragraphs: shown as prose (inline markdown and the inline HTML tags people write), one after another. */
const PROSE = ['summary', 'details', 'text', 'content', 'body', 'abstract', 'notes', 'note', 'html'];
const HIGHLIGHT_LISTS = new Set(['highlights', 'bullets', 'items', 'details', 'achievements', 'responsibilities', 'contributions']);
const KEYWORD_LISTS = new Set(['keywords', 'tags', 'skills', 'technologies', 'tools']);
/**
 * Fields that carry no text for a reader: identifiers, icons, pictures, visibility and layout
 * settings, and a code host's count of open issues (a tracker's state, not an achievement).
 */
const CONTENTLESS_FIELDS = new Set([
  'id',
  '_id',
  'uuid',
  'icon',
  'logo',
  'image',
  'style',
  'visible',
  'visibility',
  'hidden',
  'order',
  'sort',
  'slug',
  'openIssues',
  'open_issues',
]);
/** Identifier fields by name: "authorId", "s2_paper_id", "PaperID". */
const IDENTIFIER = /(?:[a-z0-9]Id|_id|ID)$/;
/** A picture's size for a layout: "width", "logo_width". */
const SIZE = /(?:^|_)(?:width|height)$/;

export function isContentless(key: string): boolean {
  return CONTENTLESS_FIELDS.has(key) || IDENTIFIER.test(key) || SIZE.test(key);
}

/** Lines this short, when a whole section is made of them, read best as one inline list. */
const SHORT_LINE = 60;

/** The keys of an entry that may hold text, read without touching the others (validate() names those). */
function contentKeys(item: JsonObject, reader: SectionReader): string[] {
  return kept(Object.keys(item), (key) => reader.kind(key) !== 'contentless');
}

/** A value nested deeper than an entry's fields, as one line of text (what lies below MAX_NESTING is not shown). */
function flatText(value: unknown, reader: SectionReader, depth = 0): string {
  if (depth > MAX_NESTING) return '';
  if (Array.isArray(value)) return joinParts(mapped(value, (item) => flatText(item, reader, depth + 1)));
  if (isObject(value)) return joinParts(mapped(contentKeys(value, reader), (key) => flatText(value[key], reader, depth + 1)));
  return str(value);
}

function isProse(key: string): boolean {
  return PROSE.includes(key) || /html$/i.test(key);
}

/** `{ "name": "Reviewer for [NeurIPS](…)" }`: an object holding one line of text is that line. */
function soleLine(item: JsonObject, keys: string[]): string | undefined {
  // Stops at the second field with a value: most entries have several, and each look-up by a
  // field name the code does not know in advance is slow (7% of a section's view when all were read).
  let only: string | undefined;
  for (const key of keys) {
    const value = item[key];
    if (value === null || value === undefined || value === '' || typeof value === 'boolean') continue;
    if (only !== undefined) return undefined;
    only = key;
  }
  if (only === undefined || typeof item[only] !== 'string') return undefined;
  // A lone address stays a link, a lone date a date.
  return LINK.includes(only) || SINGLE_DATE.includes(only) || /date$/i.test(only) ? undefined : str(item[only]);
}

/** What a field's name says of it: no text for a reader, paragraphs, or a field placed by its value. */
type FieldKind = 'contentless' | 'prose' | 'field';

function fieldKind(key: string): FieldKind {
  if (isContentless(key)) return 'contentless';
  return isProse(key) ? 'prose' : 'field';
}

/**
 * What reading a section's entries needs: the context, and what its field names say. The entries of
 * a section repeat their field names, so each name is read once: the regular expressions that
 * classify a name cost more than looking up the answer (1.3% of AlexanderPico-icv.json's render,
 * whose 18 software entries share their 12 field names).
 */
interface SectionReader {
  ctx: ModelContext;
  /** readableKey() of a field name. */
  label: (key: string) => string;
  /** fieldKind() of a field name. */
  kind: (key: string) => FieldKind;
  /** The field name with an "s", made once per name: a name built for every read costs V8 a search of its table of property names. */
  plural: (key: string) => string;
}

/**
 * A field that tells a reader nothing the entry does not already show: a tool's timestamp
 * ("fetchedAt"), the repository path of the entry's own link ("githubRepo": "owner/name"), or one
 * item of a list beside it ("language": "Java" with "languages": ["Java"]).
 */
function isRepetition(item: JsonObject, key: string, reader: SectionReader, url: string): boolean {
  const value = item[key];
  if (typeof value !== 'string') return false;
  if (isTimestamp(value)) return true;
  const text = value.trim();
  if (text.includes('/') && url.includes(text)) return true;
  const list = field(item, reader.plural(key));
  return Array.isArray(list) && list.some((entry) => str(entry) === text);
}

function genericEntry(item: RawEntry, reader: SectionReader, depth: number): EntryView {
  if (typeof item === 'string') return lineEntry(item);
  const { ctx } = reader;
  const keys = contentKeys(item, reader);
  const line = soleLine(item, keys);
  if (line !== undefined) return lineEntry(line, located(item, ctx));
  const present = (key: string) => str(field(item, key)) !== '';
  const titleKey = TITLE.find(present);
  const title = titleKey ? str(item[titleKey]) : '';
  const subtitleKey = SUBTITLE.find((key) => key !== titleKey && present(key));
  const urlKey = LINK.find(present);
  const { url, href } = urlOf(item, ctx, urlKey ? [urlKey] : []);
  const links = linkList(item.links, ctx);
  if (url && (!href || !title)) links.unshift({ label: displayUrl(url), href });
  const hasDate = (key: string) => hasWrittenDate(field(item, key));
  const dateKey = hasDate('startDate') || hasDate('endDate') ? undefined : SINGLE_DATE.find(hasDate);
  const placeKey = PLACE.find((key) => field(item, key) != null);
  const proseKeys = kept(keys, (key) => reader.kind(key) === 'prose' && typeof item[key] === 'string');
  const view: EntryView = {
    at: located(item, ctx),
    title,
    titleHref: title ? href : undefined,
    subtitle: subtitleKey ? str(item[subtitleKey]) : '',
    location: placeKey ? placeText(item[placeKey]) : '',
    description: rich(item.description),
    dates: (dateKey ? writtenDates(item, [dateKey], ctx) : undefined) ?? rangeOf(item, ctx),
    summary: joinProse(mapped(proseKeys, (key) => rich(item[key]))),
    highlights: Array.isArray(item.description) ? richList(item.description) : [],
    keywords: [],
    links,
    roles: [],
    badge: '',
    facts: [],
    people: [],
  };
  const used = new Set([titleKey, subtitleKey, urlKey, placeKey, dateKey ?? 'startDate', 'endDate', 'description', 'links', ...proseKeys]);
  if (!dateKey) for (const key of otherPeriodFields(item)) used.add(key);
  const rest = kept(keys, (key) => !used.has(key) && !isRepetition(item, key, reader, url));
  // Several lists of sub-entries ("conferences", "workshops") keep their names as group headings.
  const groups = kept(rest, (key) => isEntryList(item[key])).length;
  for (const key of rest) addField(view, key, item[key], reader, depth, groups > 1);
  return view;
}

function isEntryList(value: unknown): value is JsonObject[] {
  return Array.isArray(value) && value.length > 0 && value.every(isObject);
}

/** Puts a field the layout has no fixed place for where it fits: bullets, keywords, sub-entries or facts. */
function addField(view: EntryView, key: string, value: unknown, reader: SectionReader, depth: number, named: boolean): void {
  if (typeof value === 'boolean' || value === null || value === undefined) return;
  if (isEntryList(value) && depth < 2) {
    const children = kept(
      mapped(value, (child) => genericEntry(child, reader, depth + 1)),
      hasContent,
    );
    if (named && children.length) view.roles.push({ ...lineEntry(''), title: reader.label(key), roles: children });
    else view.roles.push(...children);
    return;
  }
  if (Array.isArray(value) && value.every((item) => !isObject(item) && !Array.isArray(item))) {
    const texts = strings(value);
    if (HIGHLIGHT_LISTS.has(key)) view.highlights.push(...mapped(texts, (line) => rich(line)));
    else if (KEYWORD_LISTS.has(key)) view.keywords.push(...texts);
    else if (texts.length) view.facts.push(`${reader.label(key)}: ${texts.join(', ')}`);
    return;
  }
  const text = flatText(value, reader);
  if (text) view.facts.push(`${reader.label(key)}: ${text}`);
}

export interface GenericSectionView {
  key: string;
  entries: EntryView[];
  /** Every entry is a short line of text ("Cycling", "Hiking"): shown as one inline list. */
  inline: boolean;
}

function isShortLine(entry: EntryView): boolean {
  return (
    !entry.title &&
    !entry.dates.start &&
    !entry.roles.length &&
    !entry.facts.length &&
    !entry.highlights.length &&
    !entry.links.length &&
    !entry.subtitle &&
    !entry.location &&
    !entry.keywords.length &&
    !entry.description.length &&
    plainText(entry.summary).length <= SHORT_LINE
  );
}

export function toGenericSection(key: string, entries: readonly RawEntry[], ctx: ModelContext): GenericSectionView {
  const reader: SectionReader = {
    ctx,
    label: remembered(readableKey),
    kind: remembered(fieldKind),
    plural: remembered((key) => `${key}s`),
  };
  const built: EntryView[] = [];
  for (const entry of entries) {
    const view = genericEntry(entry, reader, 0);
    if (hasContent(view)) built.push(view);
  }
  return { key, entries: built, inline: built.length > 1 && built.every(isShortLine) };
}

/** The section's entries, laid out as dated entries or, for a list of short lines, inline. */
export function genericEntries(view: GenericSectionView, present: string) {
  if (!view.inline) return datedEntries(view.entries, present);
  return (
    <ul class="inline-list">
      {mapped(view.entries, (entry, index) => (
        <li key={index}>{richText(entry.summary)}</li>
      ))}
    </ul>
  );
}
