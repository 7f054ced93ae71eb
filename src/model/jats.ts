// Crossref and publishers give abstracts in JATS XML, and tools that fill a resume from them copy them
// as they are: `<jats:p>…</jats:p>`, a structured abstract's `<jats:sec><jats:title>Background
// </jats:title><jats:p>…`, the same without the `jats:` prefix, or HTML paragraphs (`<p>…</p>`). Its
// inline formatting becomes the HTML tags the page shows; each paragraph, section and heading (in
// bold) starts a line; any other JATS element is left out, its text kept; the markup's indentation is
// collapsed, as a browser would collapse it. Other HTML is left to the inline parser.

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

/** Whether the text has JATS or HTML paragraphs in it (a string search first: most text with markup has no tag). */
export function hasJats(text: string): boolean {
  return text.includes('<') && JATS_TEXT.test(text);
}

/** A tag as the page's HTML: a formatting tag, a line break, nothing, or the tag itself. */
function htmlOf(tag: string, closing: string, prefix: string | undefined, name: string): string {
  const element = name.toLowerCase();
  const shown = FORMATTING.get(element) ?? (prefix && SAME_IN_HTML.has(element) ? element : undefined);
  const html = shown && !tag.endsWith('/>') ? `<${closing}${shown}>` : '';
  if (BLOCKS.has(element)) return closing ? html + LINE_BREAK : LINE_BREAK + html;
  if (shown) return html;
  // Other JATS elements are left out, their text kept; other HTML is for the inline parser.
  return prefix ? '' : tag;
}

/** The text with its JATS elements as the page's HTML: formatting tags, and `<br>` between lines. */
export function jatsToHtml(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(TAG, htmlOf)
    .trim()
    .replace(/ *\n[\n ]*/g, '<br>');
}
