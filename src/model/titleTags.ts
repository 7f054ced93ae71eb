// The inline HTML formatting tags people write, in prose and in titles: a species in italics
// (`<i>Ralstonia syzygii</i>`), a formula's subscripts (`H<sub>2</sub>O`). A title holds these and no
// markdown. Apart from markdown-it, so that BibTeX, which writes titles as plain text, reads them
// without the parser.
import type { FormattingKind } from './types';

/** Each formatting tag and the kind of rich text it makes (a Map: a tag named like a property of every object, `<constructor>`, is none). */
export const FORMATTING_TAGS: ReadonlyMap<string, FormattingKind> = new Map([
  ['i', 'i'],
  ['b', 'b'],
  ['em', 'em'],
  ['strong', 'strong'],
  ['u', 'u'],
  ['sub', 'sub'],
  ['sup', 'sup'],
]);

const NAMES = [...FORMATTING_TAGS.keys()].join('|');

/** One of the tags, bare (a tag with attributes is no formatting here). */
export const TITLE_TAG = new RegExp(`</?(?:${NAMES})>`, 'i');

/** In a title only those tags are markup: markdown's syntax and any other "<" are to be escaped. */
export const NOT_TITLE_MARKUP = new RegExp(`[\\\\\`*_[\\]~&]|<(?!/?(?:${NAMES})>)`, 'gi');

const TITLE_TAGS = new RegExp(TITLE_TAG.source, 'gi');

/** The title as plain text: its formatting tags left out (a title of nothing else stays as written). */
export function withoutTitleTags(title: string): string {
  if (!title.includes('<')) return title;
  return title.replace(TITLE_TAGS, '').trim() || title;
}

// Wiley sets acronyms in small capitals, `<scp>COVID</scp>‐19`, and Crossref, Semantic Scholar and
// OpenAlex keep the tags in the titles (and abstracts) they give: the page shows the text as it is.
const SMALL_CAPS = /<\/?scp>/gi;

/** The text without small-capital tags. */
export function withoutSmallCaps(text: string): string {
  return text.includes('<') ? text.replace(SMALL_CAPS, '') : text;
}
