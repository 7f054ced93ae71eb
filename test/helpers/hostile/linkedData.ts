// The page's JSON-LD as a reader of the page gets it: the raw text of the one
// <script type="application/ld+json"> in <head>, parsed; and what it may hold.
import { elements, type HtmlNode } from '../html';
import { parsePage, rawText } from './page';
import { leaves } from './leaves';
import { withoutTitleTags } from '../../../src/model/titleTags';

export interface JsonLdNode {
  '@type'?: string;
  [key: string]: unknown;
}

/** The parsed JSON-LD of a page, or undefined when it has none. Throws when it does not parse. */
export function linkedDataOf(html: string): { '@context': string; '@graph': JsonLdNode[] } | undefined {
  const head = elements(parsePage(html, { reportErrors: false }).document, 'head')[0] as HtmlNode;
  const script = elements(head, 'script')[0];
  return script ? (JSON.parse(rawText(script)) as { '@context': string; '@graph': JsonLdNode[] }) : undefined;
}

const URL_KEYS = new Set(['url', 'sameAs']);
const MARKS = /^[*†‡§¶#\s]+$/u;
const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Every string value in a JSON value, with the key it is under (array items: the array's key). */
function strings(value: unknown, key = ''): { key: string; value: string }[] {
  if (typeof value === 'string') return [{ key, value }];
  if (Array.isArray(value)) return value.flatMap((item) => strings(item, key));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([name, item]) => strings(item, name));
  return [];
}

const NAME_PARTS = ['given', 'dropping-particle', 'non-dropping-particle', 'family', 'suffix'];

function namePart(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' ? value.trim() : '';
}

/** The names of CSL-JSON authors ({ "given", "family" }) anywhere in a value: their parts in order, joined by spaces. */
function joinedNames(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(joinedNames);
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const joined = NAME_PARTS.map((key) => namePart(record[key]))
    .filter(Boolean)
    .join(' ');
  return [...(joined ? [joined] : []), ...Object.values(record).flatMap(joinedNames)];
}

/**
 * What in the JSON-LD is neither schema.org vocabulary, nor a string of the resume (an author name
 * may have lost its trailing marks, or be joined from its CSL-JSON parts), nor an http(s) address
 * where an address belongs.
 */
export function foreignValues(data: unknown, resume: unknown): string[] {
  // Authors written as one string ("A and B; C") are read as a list: each name is a piece of it.
  const written = [
    // A title's formatting tags (`<i>E. coli</i>`) are left out of its name.
    ...leaves(resume).flatMap((leaf) => [
      leaf.value,
      withoutTitleTags(leaf.value),
      ...leaf.value.split(/\s*;\s*|\s+and\s+/).map((piece) => piece.trim()),
    ]),
    ...joinedNames(resume),
  ];
  const exact = new Set(written);
  const fromResume = (text: string) =>
    exact.has(text) || written.some((value) => value.startsWith(text) && MARKS.test(value.slice(text.length)));
  const foreign: string[] = [];
  for (const { key, value } of strings(data)) {
    if (key === '@context' || key === '@type') continue;
    const ok = URL_KEYS.has(key) ? /^https?:\/\//i.test(value) : key === 'datePublished' ? ISO_DATE.test(value) : fromResume(value);
    if (!ok) foreign.push(`${key}: ${value.slice(0, 80)}`);
  }
  return foreign;
}
