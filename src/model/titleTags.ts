// The formatting tags a title may hold, where prose takes markdown and more: a species in italics
// (`<i>Ralstonia syzygii</i>`), a formula's subscripts (`H<sub>2</sub>O`). Apart from markdown-it,
// so that BibTeX, which writes titles as plain text, reads them without the parser.

const NAMES = 'i|em|b|strong|u|sub|sup';

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
