// Crossref and publishers give abstracts in JATS XML, and tools that fill a resume from them copy them
// as they are: `<jats:p>…</jats:p>`, a structured abstract's `<jats:sec><jats:title>Background
// </jats:title><jats:p>…`, the same without the `jats:` prefix, or HTML paragraphs (`<p>…</p>`). Its
// inline formatting becomes the HTML tags the page shows; each paragraph, section and heading (in
// bold) starts a line; a link (`<jats:ext-link xlink:href=…>`) is a link to a safe web address;
// any other JATS element is left out, its text kept; the markup's indentation is collapsed, as a
// browser would collapse it. Other HTML is left to the inline parser.

import { hrefOf } from './url';

/** JATS inline formatting and the HTML tag shown for it. */
const FORMATTING = new Map([
  ['italic', 'i'],
  ['bold', 'b'],
  ['underline', 'u'],
  ['title', 'b'],
]);
/** JATS elements named as in HTML, which the page shows as they are written without the prefix. */
const SAME_IN_HTML = new Set(['sub', 'sup']);
/** Elements that are lines of their own. */
const BLOCKS = new Set(['p', 'sec', 'title', 'list', 'list-item', 'disp-quote']);
/** Text written as JATS or as HTML paragraphs. */
const JATS_TEXT = /<(?:jats:[a-z]|\/?(?:p|sec)[\s/>])/i;
const TAG = /<(\/?)(jats:)?([A-Za-z][A-Za-z-]*)\b[^<>]*>/g;
const LINE_BREAK = '\n';
const LINK_ADDRESS = /\sxlink:href\s*=\s*"([^"]*)"/;
const WEB_ADDRESS = /^https?:\/\//i;

/** Whether the text has JATS or HTML paragraphs in it (a string search first: most text with markup has no tag). */
export function hasJats(text: string): boolean {
  return text.includes('<') && JATS_TEXT.test(text);
}

/**
 * A link's tag as the page's HTML: `<a href>` for a safe web address, else nothing. `links` holds, for
 * each link open, whether its `<a>` was written, so that its closing tag is written only then.
 */
function linkHtml(tag: string, closing: string, links: boolean[]): string {
  if (tag.endsWith('/>')) return '';
  if (closing) return links.pop() ? '</a>' : '';
  // Only a web address: a trial registration's or a DOI's link holds the bare number ("NCT01234567").
  const address = LINK_ADDRESS.exec(tag)?.[1]?.replace(/&amp;/g, '&');
  const href = address && WEB_ADDRESS.test(address) ? hrefOf(address) : undefined;
  links.push(href !== undefined);
  return href ? `<a href="${href.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">` : '';
}

/** A tag as the page's HTML: a formatting tag, a line break, a link, nothing, or the tag itself. */
function htmlOf(tag: string, closing: string, prefix: string | undefined, name: string, links: boolean[]): string {
  const element = name.toLowerCase();
  if (prefix && element === 'ext-link') return linkHtml(tag, closing, links);
  const shown = FORMATTING.get(element) ?? (prefix && SAME_IN_HTML.has(element) ? element : undefined);
  const html = shown && !tag.endsWith('/>') ? `<${closing}${shown}>` : '';
  if (BLOCKS.has(element)) return closing ? html + LINE_BREAK : LINE_BREAK + html;
  if (shown) return html;
  // Other JATS elements are left out, their text kept; other HTML is for the inline parser.
  return prefix ? '' : tag;
}

/** The text with its JATS elements as the page's HTML: formatting tags, and `<br>` between lines. */
export function jatsToHtml(text: string): string {
  const links: boolean[] = [];
  return text
    .replace(/\s+/g, ' ')
    .replace(TAG, (tag: string, closing: string, prefix: string | undefined, name: string) => htmlOf(tag, closing, prefix, name, links))
    .trim()
    .replace(/ *\n[\n ]*/g, '<br>');
}
