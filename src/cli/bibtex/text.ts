// Plain text from the parser's field values.

// The parser marks up \emph, \textbf, \textsc, sub/superscripts and \url with a small, fixed set of
// HTML tags; a CV title is plain text, so those tags (and only those) are removed. Literal "<" or
// "&" in a title are not escaped by the parser, so this is not HTML and is not parsed as HTML.
const INLINE_MARKUP = /<\/?(?:i|b|sup|sub|code|span|a)(?:\s[^<>]*)?>/g;
const BLOCK_MARKUP = /<\/?(?:p|li)>|<br\s*\/?>/g;

export function plainText(value: unknown): string {
  const text = Array.isArray(value) ? value.map(String).join(', ') : typeof value === 'string' ? value : '';
  return (
    text
      .replace(INLINE_MARKUP, '')
      .replace(BLOCK_MARKUP, ' ')
      // {\'\i} is a dotless i with an accent; NFC only composes it into "í" from a plain "i".
      .replace(/ı(?=\p{M})/gu, 'i')
      .normalize('NFC')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
