// Plain text from the parser's field values.

// The parser marks up \emph, \textbf, \textsc, sub/superscripts and \url with a small, fixed set of
// HTML tags; those tags (and only those) are removed, but for the italics, bold, subscripts and
// superscripts of a title, which the theme shows as formatting. Literal "<" or "&" in a title are not
// escaped by the parser, so this is not HTML and is not parsed as HTML.
const INLINE_MARKUP = /<\/?(?:i|b|sup|sub|code|span|a)(?:\s[^<>]*)?>/g;
const NOT_TITLE_FORMATTING = /<\/?(?:code|span|a)(?:\s[^<>]*)?>|<\/?(?:i|b|sup|sub)\s[^<>]*>/g;
const BLOCK_MARKUP = /<\/?(?:p|li)>|<br\s*\/?>/g;
// ADS wraps object names in titles: "Surface imaging of <ASTROBJ>HD 199178</ASTROBJ>".
const ADS_MARKUP = /<\/?ASTROBJ>/gi;
// \LaTeX comes out with its raised A and lowered E as markup.
const LATEX_LOGO = /Lᴬ?T(?:<sub>E<\/sub>|E)X/g;

export function plainText(value: unknown): string {
  return cleanText(value, INLINE_MARKUP);
}

/** A title: plain text but for `<i>`, `<b>`, `<sub>` and `<sup>` (`<i>Escherichia coli</i>`, from `\emph{…}`). */
export function titleText(value: unknown): string {
  return cleanText(value, NOT_TITLE_FORMATTING);
}

function cleanText(value: unknown, markup: RegExp): string {
  const text = Array.isArray(value) ? value.map(String).join(', ') : typeof value === 'string' ? value : '';
  return (
    text
      .replace(LATEX_LOGO, 'LaTeX')
      .replace(markup, '')
      .replace(BLOCK_MARKUP, ' ')
      .replace(ADS_MARKUP, '')
      // \underline becomes a combining low line: underlining is formatting, and is dropped.
      .replace(/\u0332/g, '')
      // {\'\i} is a dotless i with an accent; NFC only composes it into "í" from a plain "i".
      .replace(/ı(?=\p{M})/gu, 'i')
      .normalize('NFC')
      // An accent left with nothing to sit on.
      .replace(/(^|\s)\p{M}+/gu, '$1')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** A field the parser reads verbatim (url, doi, eprint): as written, no markup to remove. */
export function verbatimText(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}
