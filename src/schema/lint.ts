// Research lint: what the schema cannot see but a reader of the CV would notice. The view is built
// from the resume as for render(), with every read noted: the builders and the sections' rules report
// what they find (dates, links, authors, duplicates), and any string never read is not on the page.
import type { Problem } from './validate';
import { isObject, MAX_NESTING, type JsonObject } from '../model/read';
import { trackReads } from '../model/track';
import { isContentless } from '../sections/generic';
import { isTimestamp } from '../model/dates';
import { SECTIONS, SECTION_BY_NAME } from '../sections/registry';
import { toView } from '../view';
import { NOT_SECTIONS } from '../inputs';
import { fieldName, pointerOf } from '../model/pointers';
import { missingLocaleMessage } from '../model/language';
import { noteParsedTexts, type ParsedText } from '../model/markdown';
import { TITLE_TAG } from '../model/titleTags';

const STANDARD_TOP_LEVEL = new Set([
  '$schema',
  'basics',
  'meta',
  ...SECTIONS.filter((section) => !section.extension).map((section) => section.key),
]);
/** Not CV content: tooling data and theme options. */
const NOT_CONTENT = new Set(NOT_SECTIONS);

function warning(path: string, message: string): Problem {
  return { path, message, severity: 'warning' };
}

const isText = (text: string) => text.trim() !== '';
/** A tool's timestamp ("fetchedAt") is data, not text a reader misses when it is left out. */
const isReaderText = (text: string) => isText(text) && !isTimestamp(text);

/**
 * Whether the value holds text. Below MAX_NESTING a list or object counts as text, so that the level
 * the page stops reading at is named as not shown.
 */
function hasText(value: unknown, textTest = isText, depth = 0): boolean {
  if (typeof value === 'string') return textTest(value);
  if (typeof value === 'number') return Number.isFinite(value);
  if (depth > MAX_NESTING) return typeof value === 'object' && value !== null;
  if (Array.isArray(value)) return value.some((item) => hasText(item, textTest, depth + 1));
  if (isObject(value)) return Object.values(value).some((item) => hasText(item, textTest, depth + 1));
  return false;
}

const NOT_SHOWN = / is not shown[:.]/;

/** A warning that a value is not on the page (what lostLeaves-style checks rely on). */
export function isNotShown(problem: Problem): boolean {
  return problem.severity === 'warning' && NOT_SHOWN.test(problem.message);
}

function notShownMessage(keys: string[]): string {
  const [top, index, field] = keys;
  if (keys.length === 1) {
    return `"${top}" is not shown: only lists ([ … ]) and lists by name ({ "name": [ … ] }) become sections. Write it as a list of entries, or move its text into basics.summary.`;
  }
  const name = fieldName(`/${keys.join('/')}`);
  if (keys.length === 2 && top !== 'basics') {
    // A list's item, or a field of a top-level object (headings, citationMetrics).
    return index !== undefined && /^\d+$/.test(index)
      ? 'This entry is not shown: entries are objects ({ … }) or lines of text.'
      : `${name} is not shown: the theme has no place for it.`;
  }
  const where = top === 'basics' ? 'basics' : `${top} entries`;
  const key = keys[keys.length - 1];
  if (keys.length >= 3 && index !== undefined && /^\d+$/.test(index) && field !== undefined) {
    return `${name} is not shown: ${where} have no place for "${key}". Move its text into summary or highlights, or use a field the theme reads (its schema lists them).`;
  }
  return `${name} is not shown: ${where} have no place for it. Move its text into a field the theme reads (its schema lists them).`;
}

/**
 * Warnings for the resume's text: values with text that the view builders never read, and HTML tags
 * in text they read that the page shows as written.
 */
function textWarnings(value: unknown, keys: string[], reads: Set<string>, parsed: Map<string, ParsedText>, problems: Problem[]): void {
  if (!isObject(value) && !Array.isArray(value)) return;
  const children: [string, unknown][] = Array.isArray(value) ? value.map((item, index) => [String(index), item]) : Object.entries(value);
  for (const [key, child] of children) {
    // Identifiers, icons and layout settings carry nothing for a reader: not shown, and not worth a word.
    if ((keys.length === 0 && NOT_CONTENT.has(key)) || (keys.length > 0 && isContentless(key)) || !hasText(child, isReaderText)) continue;
    const path = [...keys, key];
    const pointer = pointerOf(path);
    if (!reads.has(pointer)) problems.push(warning(pointer, notShownMessage(path)));
    else if (typeof child === 'string') htmlAsText(child, pointer, parsed, problems);
    else textWarnings(child, path, reads, parsed, problems);
  }
}

/**
 * A tag of HTML's elements, as people paste them from their web pages: `<b>`, `</a>`, `<a href="…">`,
 * `<br/>`. Not any word in angle brackets: "vector<int>" or "Learning <T> types" is text meant as written.
 */
const HTML_TAG =
  /<\/?(?:a|abbr|b|big|blockquote|br|center|cite|code|dd|del|div|dl|dt|em|font|h[1-6]|hr|i|img|ins|kbd|li|mark|ol|p|pre|q|s|small|span|strike|strong|sub|sup|table|td|th|tr|tt|u|ul)(?:\s[^<>]*)?\/?>/gi;
const FORMATTING_TAG = new RegExp(`^${TITLE_TAG.source}$`, 'i');

/** A tag as the warning quotes it: long ones (an image with its address) cut short. */
function quotedTag(tag: string): string {
  return `"${tag.length > 60 ? `${tag.slice(0, 59)}…` : tag}"`;
}

/** The tags of a text that the page shows as written, and what the warning says of the field. */
function tagsShownAsText(text: string, parsedAs: ParsedText | undefined): { tags: string[]; why: string } {
  const tags = text.match(HTML_TAG) ?? [];
  if (parsedAs?.kind === 'prose') {
    return {
      tags: tags.filter((tag) => parsedAs.shownAsText.includes(tag)),
      why: 'of HTML, the page keeps only the formatting tags b, i, em, strong, u, sub and sup, line breaks (br) and links (a href)',
    };
  }
  if (parsedAs?.kind === 'title') {
    return {
      tags: tags.filter((tag) => !FORMATTING_TAG.test(tag)),
      why: 'a title keeps only the formatting tags b, i, em, strong, u, sub and sup',
    };
  }
  return { tags, why: 'this field is plain text, shown as written' };
}

/** A warning for the HTML tags of a text the page shows that it shows as written: an image, a link in a plain field, a stray closing tag. */
function htmlAsText(value: string, pointer: string, parsed: Map<string, ParsedText>, problems: Problem[]): void {
  if (!value.includes('<')) return;
  const text = value.trim();
  const { tags, why } = tagsShownAsText(text, parsed.get(text));
  if (!tags.length) return;
  const one = tags.length === 1;
  const quoted = tags.map(quotedTag).join(', ');
  problems.push(warning(pointer, `${quoted} ${one ? 'is' : 'are'} shown as text: ${why}. Leave ${one ? 'it' : 'them'} out.`));
}

/** The JSON Resume registry's schema rejects top-level keys beyond the standard ones. */
function registryWarnings(resume: JsonObject): Problem[] {
  const meta = isObject(resume.meta) ? resume.meta : {};
  if (meta.skipValidation === true) return [];
  return Object.keys(resume)
    .filter((key) => !STANDARD_TOP_LEVEL.has(key) && hasText(resume[key]))
    .map((key) => {
      const section = SECTION_BY_NAME.get(key);
      const projectType = section && SECTIONS.find((descriptor) => descriptor.key === section)?.projectTypes?.[0];
      const registryForm = projectType
        ? `write these entries in projects[] with "type": "${projectType}" (shown in the same section), or `
        : '';
      return warning(
        pointerOf([key]),
        `The JSON Resume registry rejects the top-level key "${key}" (its schema allows only the standard sections): ${registryForm}set "meta": { "skipValidation": true } to host it there.`,
      );
    });
}

/** Section keys in the sections and hide options that name nothing in this resume or the theme. */
function optionKeyWarnings(resume: JsonObject): Problem[] {
  const themeOptions = isObject(resume.meta) && isObject(resume.meta.themeOptions) ? resume.meta.themeOptions : {};
  return (['sections', 'hide'] as const).flatMap((option) => {
    const keys = themeOptions[option];
    if (!Array.isArray(keys)) return [];
    return keys.flatMap((key: unknown, index) =>
      typeof key !== 'string' || SECTION_BY_NAME.has(key) || Object.prototype.hasOwnProperty.call(resume, key)
        ? []
        : [
            warning(
              `/meta/themeOptions/${option}/${index}`,
              `"${key}" is not a section of this resume: use ${SECTIONS.map((section) => section.key).join(', ')}, or a top-level list of your own.`,
            ),
          ],
    );
  });
}

/** A CV written in a non-Latin script with no locale set would get English headings. */
function languageWarnings(resume: JsonObject): Problem[] {
  const message = missingLocaleMessage(resume);
  if (!message) return [];
  // Where the locale goes, as far as the resume has that path: /meta/themeOptions/locale, or its parent.
  const meta = resume.meta;
  const path = !isObject(meta) ? '/meta' : isObject(meta.themeOptions) ? '/meta/themeOptions/locale' : '/meta/themeOptions';
  return [warning(path, message)];
}

export function lint(resume: JsonObject): Problem[] {
  const problems: Problem[] = [];
  const reads = new Set<string>();
  const parsed = new Map<string, ParsedText>();
  noteParsedTexts(parsed, () =>
    toView(trackReads(resume, reads), undefined, { warn: (path, message) => problems.push(warning(path, message)) }),
  );
  problems.push(...registryWarnings(resume), ...optionKeyWarnings(resume), ...languageWarnings(resume));
  textWarnings(resume, [], reads, parsed, problems);
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.path}\n${problem.message}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
}
