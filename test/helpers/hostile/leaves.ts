// "Nothing lost": every non-empty string a resume holds must reach the page. Each leaf is checked
// where a reader would find it: as text in its own section (markdown compared as its plain text),
// a parseable date as <time datetime>, a URL as a link target or as text.
import type { HtmlNode } from '../html';
import { attr, elements, textOf } from '../html';
import { isOngoing, isTimestamp, isoDate, parseCalendarDate, writtenRange } from '../../../src/model/dates';
import { isObject } from '../../../src/model/read';
import { pointerOf } from '../../../src/model/pointers';
import { listedSections } from '../../../src/inputs';
import { isContentless } from '../../../src/sections/generic';
import { readableCode, slugOf } from '../../../src/model/keys';
import { OTHER_PERIOD_NAMES } from '../../../src/model/fields';
import { BIRTH_DATE, headerKeys } from '../../../src/model/basics';
import { hasResumakeOrder } from '../../../src/model/options';
import { WRITTEN_DATE_FIELDS } from '../../../src/model/entry';
import { SECTION_BY_NAME, SECTION_BY_PROJECT_TYPE } from '../../../src/sections/registry';
import { COUNT_FIELDS } from '../../../src/sections/software';
import { validate } from '../../../src/schema/validate';
import { parseInlineMarkdown, plainText } from '../../../src/model/markdown';
import { hrefOf, safeImageUrl } from '../../../src/model/url';
import { cleanArxiv, cleanDoi } from '../../../src/model/identifiers';
import { authorNames } from '../../../src/model/names';

const AUTHOR_KEYS = new Set(['authors', 'author']);

export interface Leaf {
  /** JSON pointer of the value. */
  pointer: string;
  keys: string[];
  value: string;
}

/**
 * What the theme deliberately does not show, and why. Everything else must be on the page.
 * - $schema, meta: tooling data and theme options, not CV content.
 * - publications[].type (also in groups): only a grouping key (shown as the group heading with groupPublications "type").
 * - publications[].citations (or citationCount), and the figures of a top-level citationMetrics
 *   object: numbers for the metrics option, shown only when it is on.
 * - projects[].type when it moves the entry to a research section (talk, teaching, …): a routing key.
 * - what validate() names as not shown (a field a section has no place for, a value of the wrong kind).
 * - a tool's timestamp outside the date fields ("fetchedAt": "2026-03-21T15:13:45.436Z").
 * - a software entry's count of zero (stars, forks, downloads): it says nothing.
 * - a URL that fails the safe-URL check: never a link; shown as text only where the URL itself is
 *   the visible label (work, projects and volunteering without a title, basics.url, profiles without
 *   a username).
 */
function isExcluded(keys: string[], resume?: unknown): boolean {
  const [section, index, field] = keys;
  if (section === '$schema' || section === 'meta' || section === 'selectedTemplate') return true;
  // resumake.io's section order: it orders the sections.
  if (section === 'sections' && isObject(resume) && hasResumakeOrder(resume)) return true;
  // Identifiers, icons, logos and layout settings: not text for a reader (basics.image is the photo).
  if (keys.slice(1).some((key, depth) => isContentless(key) && !(section === 'basics' && depth === 0 && key === 'image'))) return true;
  if (section === 'publications' && ['type', 'citations', 'citationCount'].includes(paperField(keys) ?? '')) return true;
  if (section === 'citationMetrics' && keys.length === 2 && ['citations', 'totalCitations', 'hIndex', 'i10Index'].includes(index ?? ''))
    return true;
  return section === 'projects' && field === 'type' && keys.length === 3 && routedSection(resume, index) !== undefined;
}

/** The field of a paper a publications path ends in: written as a list, an object of lists, or a list of titled lists. */
function paperField(keys: string[]): string | undefined {
  const isIndex = (key: string | undefined) => key !== undefined && /^\d+$/.test(key);
  const [, first, second, third, fourth] = keys;
  if (keys.length === 3 && isIndex(first)) return second;
  if (keys.length === 4 && !isIndex(first) && isIndex(second)) return third;
  if (keys.length === 5 && isIndex(first) && (second === 'entries' || second === 'items') && isIndex(third)) return fourth;
  return undefined;
}

/** The research section a projects[] entry moves to, if its type names one. */
function routedSection(resume: unknown, index: string | undefined): string | undefined {
  const projects = isObject(resume) ? resume.projects : undefined;
  const item: unknown = Array.isArray(projects) && index !== undefined ? projects[Number(index)] : undefined;
  return isObject(item) && typeof item.type === 'string' ? SECTION_BY_PROJECT_TYPE.get(item.type.trim().toLowerCase()) : undefined;
}

/** The id of the page section a top-level key's entries are shown in. */
export function sectionIdFor(resume: unknown, keys: string[]): string {
  const [top = '', index] = keys;
  // A CV written as a list of sections: each is a section of its own.
  const listed = top === 'sections' && isObject(resume) ? listedSections(resume) : undefined;
  if (listed && index !== undefined) return slugOf(listed[Number(index)]?.key ?? top);
  if (top === 'projects') return routedSection(resume, index) ?? 'projects';
  // resumake's "headings": { "work": "Experiência" } titles the section it names.
  if (top === 'headings' && index !== undefined) return SECTION_BY_NAME.get(index) ?? slugOf(index);
  return SECTION_BY_NAME.get(top) ?? slugOf(top);
}

/** Values the header shows: basics, or, without it, the resume's own name, summary and contact details. */
function inHeader(resume: unknown, keys: string[]): boolean {
  return isObject(resume) && headerKeys(resume).includes(keys[0] ?? '');
}

/** Pointers validate() reports as not shown, with what is below them. */
function reportedNotShown(resume: unknown): string[] {
  return validate(resume)
    .filter((problem) => problem.severity === 'warning' && / not shown/.test(problem.message))
    .map((problem) => problem.path);
}

// Dates, also as written in one field ("year", "period"): shown as <time datetime> when they parse.
const OTHER_ENDS = OTHER_PERIOD_NAMES.flatMap((names) => [names.start, names.end]);
const DATE_KEYS = new Set(['startDate', 'endDate', 'releaseDate', ...WRITTEN_DATE_FIELDS, ...BIRTH_DATE, ...OTHER_ENDS]);
/** A month written beside its year ("start_month": "06"): shown in the year's datetime. */
const MONTH_KEYS = new Set<string>(
  OTHER_PERIOD_NAMES.flatMap((names) => ('startMonth' in names ? [names.startMonth, names.endMonth] : [])),
);
const END_KEYS = new Set(['endDate', ...OTHER_PERIOD_NAMES.map((names) => names.end)]);
const URL_KEYS = new Set(['url', 'image', 'picture', 'website', 'href', 'link', 'homepage']);
const IMAGE_KEYS = new Set(['image', 'picture']);
/** Identifiers shown without the URL prefix they may be written with: "doi:10.1/x", "arXiv:2410.10630". */
const IDENTIFIER_KEYS: Record<string, (value: string) => string> = { doi: cleanDoi, arxiv: cleanArxiv };

/** Every string (and finite number) in a JSON value, with its path. */
export function leaves(value: unknown, keys: string[] = []): Leaf[] {
  if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) {
    const text = String(value).trim();
    return text ? [{ pointer: pointerOf(keys), keys, value: text }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, [...keys, String(index)]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => leaves(item, [...keys, key]));
  }
  return [];
}

/** Text compared without whitespace or control characters, which HTML may collapse or drop. */
function comparable(text: string): string {
  return text.replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, '');
}

interface Scope {
  text: string;
  urls: Set<string>;
  datetimes: Set<string>;
}

function scopeOf(node: HtmlNode): Scope {
  const nodes = elements(node);
  return {
    text: comparable(textOf(node)),
    urls: new Set(
      nodes.flatMap((element) => [attr(element, 'href'), attr(element, 'src')]).filter((url): url is string => url !== undefined),
    ),
    datetimes: new Set(nodes.map((element) => attr(element, 'datetime')).filter((value): value is string => value !== undefined)),
  };
}

/** Pointers of the leaves not found where they belong on the page, with what was looked for. */
export function lostLeaves(resume: unknown, page: HtmlNode): string[] {
  const body = elements(page, 'body')[0] ?? page;
  const sections = new Map(elements(body, 'section').map((section) => [attr(section, 'id') ?? '', section]));
  const scopes = new Map<string, Scope>();
  const scopeFor = (keys: string[]): Scope | undefined => {
    const id = inHeader(resume, keys) ? 'body' : sectionIdFor(resume, keys);
    const node = id === 'body' ? body : sections.get(id);
    if (!node) return undefined;
    if (!scopes.has(id)) scopes.set(id, scopeOf(node));
    return scopes.get(id);
  };
  const notShown = reportedNotShown(resume);
  const lost: string[] = [];
  for (const leaf of leaves(resume)) {
    if (isExcluded(leaf.keys, resume) || isToolTimestamp(leaf)) continue;
    if (notShown.some((pointer) => leaf.pointer === pointer || leaf.pointer.startsWith(`${pointer}/`))) continue;
    const scope = scopeFor(leaf.keys);
    if (!scope) {
      lost.push(`${leaf.pointer}: no section #${sectionIdFor(resume, leaf.keys)} on the page`);
      continue;
    }
    const problem = checkLeaf(leaf, scope);
    if (problem) lost.push(`${leaf.pointer}: ${problem}`);
  }
  return lost;
}

/** The field a leaf belongs to: its last key that is not a list index. */
function fieldOf(leaf: Leaf): string {
  return [...leaf.keys].reverse().find((part) => !/^\d+$/.test(part)) ?? '';
}

/** A tool's timestamp ("fetchedAt"), outside the date fields: data, not text for a reader. */
function isToolTimestamp(leaf: Leaf): boolean {
  return isTimestamp(leaf.value) && !DATE_KEYS.has(fieldOf(leaf));
}

function checkLeaf(leaf: Leaf, scope: Scope): string | undefined {
  const key = fieldOf(leaf);
  const { value } = leaf;
  // A period written in one field ("2019 - 2022") is shown as its two dates.
  const period = DATE_KEYS.has(key) ? writtenRange(value) : undefined;
  if (period) {
    const missing = period.map(parseCalendarDate).find((end) => end && !scope.datetimes.has(isoDate(end)));
    return missing ? `no <time datetime="${isoDate(missing)}"> of the period "${value}"` : undefined;
  }
  const date = DATE_KEYS.has(key) ? parseCalendarDate(value) : undefined;
  // The date, or one more precise ("year": 2025 beside "releaseDate": "2025-12-19", which is shown).
  if (date) {
    const iso = isoDate(date);
    return [...scope.datetimes].some((shown) => shown === iso || shown.startsWith(`${iso}-`)) ? undefined : `no <time datetime="${iso}">`;
  }
  if (MONTH_KEYS.has(key)) {
    const month = `-${value.padStart(2, '0')}`;
    return [...scope.datetimes].some((shown) => shown.slice(4, 7) === month) ? undefined : `no <time datetime> in month ${value}`;
  }
  // "present" as an end date (also the end of a period written as a list) is shown as the locale's word for it.
  if ((END_KEYS.has(key) || (DATE_KEYS.has(key) && leaf.keys[leaf.keys.length - 1] === '1')) && isOngoing(value)) return undefined;
  // A URL field, or a web address in any field ("linkedin": "https://…"), may be a link's target.
  if (URL_KEYS.has(key) || /^https?:\/\/\S+$/i.test(value)) {
    const safe = IMAGE_KEYS.has(key) ? safeImageUrl(value) : hrefOf(value);
    if (!safe) return undefined;
    return scope.urls.has(safe) || scope.text.includes(comparable(value)) ? undefined : `URL "${value}" is neither a link target nor text`;
  }
  // A repository path ("owner/name") is shown as part of the entry's link.
  if (value.includes('/') && [...scope.urls].some((url) => url.includes(value))) return undefined;
  const identifier = IDENTIFIER_KEYS[key];
  if (identifier && scope.text.includes(comparable(identifier(value)))) return undefined;
  // An author list written as one string ("A, B, and C") is shown name by name.
  if (AUTHOR_KEYS.has(key) && authorNames(value).every((name) => scope.text.includes(comparable(name)))) return undefined;
  // A software entry's counts are written as the page's numbers ("1,000"), and left out when zero.
  if (COUNT_FIELDS.has(key) && /^\d+$/.test(value)) {
    if (Number(value) === 0 || scope.text.includes(Number(value).toLocaleString('en'))) return undefined;
  }
  // Prose is inline markdown, compared as its text: the usual prose fields, lines written as list
  // entries, and the paragraphs and lone lines of sections of the resume's own.
  // A value written as a code ("in_submission") is shown as words.
  const found =
    scope.text.includes(comparable(value)) ||
    scope.text.includes(comparable(plainText(parseInlineMarkdown(value)))) ||
    scope.text.includes(comparable(readableCode(value)));
  return found ? undefined : `text "${value.slice(0, 80)}" not shown`;
}
