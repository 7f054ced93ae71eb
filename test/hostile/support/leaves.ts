// "Nothing lost": every non-empty string a resume holds must reach the page. Each leaf is checked
// where a reader would find it: as text in its own section (markdown compared as its plain text),
// a parseable date as <time datetime>, a URL as a link target or as text.
import type { HtmlNode } from '../../helpers/html';
import { attr, elements, textOf } from '../../helpers/html';
import { parseCalendarDate } from '../../../src/model/dates';
import { parseInlineMarkdown, plainText } from '../../../src/model/markdown';
import { safeImageUrl, safeUrl } from '../../../src/model/url';

export interface Leaf {
  /** JSON pointer of the value. */
  pointer: string;
  keys: string[];
  value: string;
}

/**
 * What the theme deliberately does not show, and why. Everything else must be on the page.
 * - $schema, meta: tooling data and theme options, not CV content.
 * - publications[].type: only a grouping key (shown as the group heading with groupPublications "type").
 * - a URL that fails the safe-URL check: never a link; shown as text only where the URL itself is
 *   the visible label (work, projects and volunteering without a title, basics.url, profiles without
 *   a username).
 */
export function isExcluded(keys: string[]): boolean {
  const [section, , field] = keys;
  return section === '$schema' || section === 'meta' || (section === 'publications' && field === 'type' && keys.length === 3);
}

const DATE_KEYS = new Set(['startDate', 'endDate', 'date', 'releaseDate']);
const URL_KEYS = new Set(['url', 'image']);
const MARKDOWN_KEYS = new Set(['summary', 'highlights', 'description', 'reference']);
const SECTIONS = new Set(['work', 'volunteer', 'education', 'awards', 'certificates', 'publications', 'skills', 'languages', 'interests', 'references', 'projects']);

function escapeKey(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Every string (and finite number) in a JSON value, with its path. */
export function leaves(value: unknown, keys: string[] = []): Leaf[] {
  if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) {
    const text = String(value).trim();
    return text ? [{ pointer: keys.map((key) => `/${escapeKey(key)}`).join(''), keys, value: text }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, [...keys, String(index)]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => leaves(item, [...keys, key]));
  }
  return [];
}

/** Text compared without whitespace or control characters, which HTML may collapse or drop. */
export function comparable(text: string): string {
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
    urls: new Set(nodes.flatMap((element) => [attr(element, 'href'), attr(element, 'src')]).filter((url): url is string => url !== undefined)),
    datetimes: new Set(nodes.map((element) => attr(element, 'datetime')).filter((value): value is string => value !== undefined)),
  };
}

/** Pointers of the leaves not found where they belong on the page, with what was looked for. */
export function lostLeaves(resume: unknown, page: HtmlNode): string[] {
  const body = elements(page, 'body')[0] ?? page;
  const sections = new Map(elements(body, 'section').map((section) => [attr(section, 'id') ?? '', section]));
  const scopes = new Map<string, Scope>();
  const scopeFor = (section: string): Scope | undefined => {
    const key = SECTIONS.has(section) ? section : 'body';
    const node = key === 'body' ? body : sections.get(key);
    if (!node) return undefined;
    if (!scopes.has(key)) scopes.set(key, scopeOf(node));
    return scopes.get(key);
  };
  const lost: string[] = [];
  for (const leaf of leaves(resume)) {
    if (isExcluded(leaf.keys)) continue;
    const scope = scopeFor(leaf.keys[0] ?? '');
    if (!scope) {
      lost.push(`${leaf.pointer}: no section #${leaf.keys[0]} on the page`);
      continue;
    }
    const problem = checkLeaf(leaf, scope);
    if (problem) lost.push(`${leaf.pointer}: ${problem}`);
  }
  return lost;
}

function checkLeaf(leaf: Leaf, scope: Scope): string | undefined {
  const key = [...leaf.keys].reverse().find((part) => !/^\d+$/.test(part)) ?? '';
  const { value } = leaf;
  if (DATE_KEYS.has(key) && parseCalendarDate(value)) {
    return scope.datetimes.has(value) ? undefined : `no <time datetime="${value}">`;
  }
  if (URL_KEYS.has(key)) {
    const safe = key === 'image' ? safeImageUrl(value) : safeUrl(value);
    if (!safe) return undefined;
    return scope.urls.has(safe) || scope.text.includes(comparable(value)) ? undefined : `URL "${value}" is neither a link target nor text`;
  }
  const expected = comparable(MARKDOWN_KEYS.has(key) ? plainText(parseInlineMarkdown(value)) : value);
  return scope.text.includes(expected) ? undefined : `text "${value.slice(0, 80)}" not shown`;
}
