// What every rendered page must satisfy, whatever the input: it is a string, parses as HTML without
// structural errors, holds only elements and attributes the theme writes, and only safe URLs.
import { parse } from 'parse5';
import { attr, textOf, type HtmlNode } from '../html';
import { isSafeHref, isSafeImageSrc } from './urlRule';
import { type AllowedMarkup } from './allowed';

export const FORBIDDEN_OUTPUT = ['undefined', 'NaN', '[object Object]'];

// Errors about single characters of user text (a NUL, a C1 control, a lone surrogate): the browser
// replaces or ignores the character; the document's structure is unaffected.
const CHARACTER_ERRORS = new Set([
  'control-character-in-input-stream',
  'noncharacter-in-input-stream',
  'surrogate-in-input-stream',
  'unexpected-null-character',
]);

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A valid HTML date string (YYYY, YYYY-MM or YYYY-MM-DD) naming a day that exists. */
function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month = 1, day = 1] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  const date = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
  return date.getUTCFullYear() === year && date.getUTCMonth() === (month ?? 1) - 1 && date.getUTCDate() === (day ?? 1);
}

export function parsePage(html: string, { reportErrors = true } = {}): { document: HtmlNode; errors: string[] } {
  const errors: string[] = [];
  // Collecting parse errors makes parse5 track positions, which triples its time.
  const options = reportErrors ? { onParseError: (error: { code: string }) => errors.push(error.code) } : {};
  const document = parse(html, options) as unknown as HtmlNode;
  return { document, errors: errors.filter((code) => !CHARACTER_ERRORS.has(code)) };
}

const STYLE_CONTENT = /(<style[^>]*>)([\s\S]*?)(?=<\/style)/i;

/**
 * The page with the stylesheet's text left out, which parses to the same elements (the text ends
 * at the first "</style" either way) in a third of the time, and that text.
 */
function withoutStyleText(html: string): { markup: string; css: string } {
  const match = STYLE_CONTENT.exec(html);
  if (!match) return { markup: html, css: '' };
  return { markup: html.replace(STYLE_CONTENT, '$1'), css: match[2] ?? '' };
}

function* walk(node: HtmlNode, ancestors: string[] = []): Generator<{ node: HtmlNode; ancestors: string[] }> {
  if (node.tagName) yield { node, ancestors };
  const inside = node.tagName ? [...ancestors, node.tagName] : ancestors;
  for (const child of node.childNodes ?? []) yield* walk(child, inside);
  if (node.content) yield* walk(node.content, inside);
}

/** Every problem with a rendered page; empty when it meets the rules. */
export function pageProblems(html: unknown, allowed: AllowedMarkup, { parseErrors = false } = {}): string[] {
  if (typeof html !== 'string') return [`render returned ${typeof html}, not a string`];
  const problems: string[] = [];
  if (!html.startsWith('<!doctype html>')) problems.push('does not start with <!doctype html>');
  for (const word of FORBIDDEN_OUTPUT) if (html.includes(word)) problems.push(`contains "${word}"`);
  const { markup, css } = withoutStyleText(html);
  // The theme's CSS, plus at most a rule or two built from checked options: no room for markup.
  if (!css.startsWith(allowed.css) || css.length > allowed.css.length + 200 || css.includes('<')) {
    problems.push(`the stylesheet holds more than the theme's CSS: ${css.slice(allowed.css.length, allowed.css.length + 120)}`);
  }
  const { document, errors } = parsePage(markup, { reportErrors: parseErrors });
  if (errors.length) problems.push(`HTML parse errors: ${[...new Set(errors)].join(', ')}`);
  let styles = 0;
  let scripts = 0;
  for (const { node, ancestors } of walk(document)) {
    const tag = node.tagName ?? '';
    if (!allowed.elements.has(tag)) problems.push(`element <${tag}> the theme does not write`);
    if (tag === 'a' && !textOf(node)) problems.push(`a link with no text: <a href="${attr(node, 'href') ?? ''}">`);
    if (tag === 'style') {
      styles += 1;
      if (ancestors.join('>') !== 'html>head') problems.push('<style> outside <head>');
    }
    if (tag === 'script') {
      scripts += 1;
      problems.push(...linkedDataProblems(node, ancestors));
    }
    for (const { name, value } of node.attrs ?? []) {
      const where = `<${tag} ${name}="${value.slice(0, 80)}">`;
      if (/^on/i.test(name)) problems.push(`event handler attribute ${where}`);
      if (!allowed.attributes.get(tag)?.has(name)) {
        problems.push(`attribute the theme does not write: ${where}`);
        continue;
      }
      const check = USER_VALUED[name];
      if (check ? !check(value, tag) : !allowed.values.get(`${tag} ${name}`)?.has(value)) {
        problems.push(`attribute value the theme does not write: ${where}`);
      }
    }
  }
  if (styles !== 1) problems.push(`${styles} <style> elements, expected 1`);
  if (scripts > 1) problems.push(`${scripts} <script> elements, expected the JSON-LD one at most`);
  return problems;
}

/** The raw text of an element (a script's is one text node). */
export function rawText(node: HtmlNode): string {
  return (node.childNodes ?? []).map((child) => child.value ?? '').join('');
}

/**
 * The only script the theme writes is data: <script type="application/ld+json"> in <head>, with no
 * attribute but its type, whose text holds no "<" (so nothing can end it early or open a comment)
 * and parses as JSON.
 */
function linkedDataProblems(node: HtmlNode, ancestors: string[]): string[] {
  const problems: string[] = [];
  if (ancestors.join('>') !== 'html>head') problems.push('<script> outside <head>');
  const attrs = (node.attrs ?? []).map(({ name, value }) => `${name}=${value}`);
  if (attrs.join(' ') !== 'type=application/ld+json') problems.push(`<script ${attrs.join(' ')}> is not the JSON-LD script`);
  const text = rawText(node);
  if (/[<>&]/.test(text)) problems.push(`the JSON-LD holds a raw "<", ">" or "&": ${text.slice(0, 80)}`);
  try {
    JSON.parse(text);
  } catch {
    problems.push(`the JSON-LD does not parse: ${text.slice(0, 80)}`);
  }
  return problems;
}

/**
 * Attributes whose value comes from the resume, each with the rule it must meet. Every other
 * attribute must carry one of the values the theme writes for the maximal resumes.
 */
const USER_VALUED: Record<string, (value: string, tag: string) => boolean> = {
  href: (value) => isSafeHref(value),
  src: (value, tag) => tag === 'img' && isSafeImageSrc(value),
  alt: () => true,
  // <meta name="description"> and Open Graph: text from the resume, in an attribute of an element
  // that has no other effect (http-equiv is not an attribute the theme writes).
  content: (value, tag) => tag === 'meta',
  datetime: (value) => isCalendarDate(value),
  lang: (value) => /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(value),
  // A section of the resume's own is identified by its key, reduced to letters, digits, - and _.
  id: (value, tag) => (tag === 'section' || tag === 'h2') && /^[A-Za-z0-9_-]+$/.test(value),
  'aria-labelledby': (value, tag) => tag === 'section' && /^[A-Za-z0-9_-]+-heading$/.test(value),
};
