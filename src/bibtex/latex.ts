// Text as BibTeX field values. Non-ASCII stays UTF-8: biber, bibtex8 and LaTeX's default input
// encoding (UTF-8 since 2018) read it, and it keeps names readable; only TeX's special characters
// are escaped.
import { TITLE_TAG } from '../model/titleTags';
import { mapped } from '../arrays';

const ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // "<" and ">" typeset as "¡" and "¿" in LaTeX's default (OT1) font encoding.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};

/** BibTeX counts every brace, escaped or not: `\{` and `\}` are only safe when they pair up. */
function bracesPairUp(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '{') depth += 1;
    else if (char === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/** Escapes TeX's special characters; whitespace runs become one space. */
export function escapeLatex(value: string): string {
  const text = value.replace(/\s+/g, ' ').trim();
  const paired = bracesPairUp(text);
  return (
    text
      .replace(/[\\&%$#_~^<>{}]/g, (char) => {
        if (char === '{') return paired ? '\\{' : '\\textbraceleft{}';
        if (char === '}') return paired ? '\\}' : '\\textbraceright{}';
        return ESCAPES[char] ?? char;
      })
      // TeX ligatures: "--" is a dash and "``" a quotation mark unless something stands between.
      .replace(/([-`'])(?=\1)/g, '$1{}')
      .replace(/([!?])(?=`)/g, '$1{}')
  );
}

/** "LLMs", "RLAIF", "GPT-4", "K2": words a style that lower-cases titles must leave alone. */
function keepsItsCase(word: string): boolean {
  return /\p{Lu}/u.test(word.slice(1)) || (/\p{Lu}/u.test(word) && /\d/.test(word));
}

/** A title for BibTeX: escaped, with the words that must keep their capitals in braces. */
export function escapeTitle(title: string): string {
  return mapped(escapeLatex(title).split(' '), (word) => (keepsItsCase(word) ? `{${word}}` : word)).join(' ');
}

/** The LaTeX command of each formatting tag a title may hold (the tags of FORMATTING_TAGS). */
export const TITLE_COMMANDS: ReadonlyMap<string, string> = new Map([
  ['i', 'textit'],
  ['em', 'emph'],
  ['b', 'textbf'],
  ['strong', 'textbf'],
  ['u', 'underline'],
  ['sub', 'textsubscript'],
  ['sup', 'textsuperscript'],
]);
const TAG_PARTS = new RegExp(`(${TITLE_TAG.source})`, 'i');

/** A run of a title's text, escaped as escapeTitle() does, with a space it starts or ends with kept. */
function titleRun(text: string): string {
  const escaped = escapeTitle(text);
  return `${text.startsWith(' ') && escaped ? ' ' : ''}${escaped}${text.endsWith(' ') ? ' ' : ''}`;
}

/**
 * A title for BibTeX whose formatting tags become commands: `<i>E. coli</i>` → `\textit{E. coli}`,
 * `H<sub>2</sub>O` → `H\textsubscript{2}O`. A closing tag without its opening one is left out, as in
 * the title's plain text, and what is left open is closed at the end.
 */
export function latexTitle(title: string): string {
  const parts = title.replace(/\s+/g, ' ').trim().split(TAG_PARTS);
  const open: string[] = [];
  let latex = '';
  parts.forEach((part, index) => {
    if (index % 2 === 0) {
      latex += titleRun(part);
      return;
    }
    const closing = part.charAt(1) === '/';
    const tag = part.slice(closing ? 2 : 1, -1).toLowerCase();
    if (!closing) {
      const command = TITLE_COMMANDS.get(tag);
      open.push(tag);
      latex += command ? `\\${command}{` : '{';
    } else if (open[open.length - 1] === tag) {
      open.pop();
      latex += '}';
    }
  });
  // A tag left out between two spaces leaves both.
  return latex.replace(/ {2,}/g, ' ').trim() + '}'.repeat(open.length);
}

/** URLs and DOIs are read verbatim: only what would break the entry is percent-encoded. */
export function escapeVerbatim(value: string): string {
  return value.trim().replace(/[{}\\\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

const NAME_SUFFIX = /^(?:jr|sr|[ivx]+|\d+(?:st|nd|rd|th))\.?$/i;
const ET_AL = /^(?:et\.? al\.?|others)$/i;

/** "and" inside a name, or in a publisher or institution, would split it in two. */
export function protectAnd(name: string): string {
  return name.replace(/(^|\s)(and)(?=\s|$)/gi, '$1{$2}');
}

// Names of organisations are not split into given and family names.
const ORGANISATION =
  /\b(?:universit\w*|institut\w*|department|school|college|laborator\w*|lab|group|cent(?:re|er)|consortium|collaboration|team|project|society|association|foundation|committee|council|agency|ministry|organi[sz]ation|corporation|company|inc|ltd|gmbh)\b/i;

/**
 * "von Last, Jr., First" from "First von Last" and "First Last, Jr."; "Last, First" is kept;
 * an organisation, or a name with more commas than a person's, is one braced name.
 */
export function bibtexName(author: string): string {
  const name = author.replace(/\s+/g, ' ').trim();
  if (ET_AL.test(name)) return 'others';
  if (ORGANISATION.test(name)) return `{${escapeLatex(name)}}`;
  const [main = '', ...rest] = name.split(/\s*,\s*/);
  const suffix = rest.length === 1 && NAME_SUFFIX.test(rest[0] ?? '') ? rest[0] : undefined;
  if (rest.length > 1 && !suffix) return `{${escapeLatex(name)}}`;
  if (rest.length && !suffix) return protectAnd(escapeLatex(name));

  const words = main.split(' ');
  const last = words.pop() ?? '';
  // Lower-case words before the family name are its particles: "van der", "de la".
  let firstEnd = words.length;
  while (firstEnd > 0 && /^\p{Ll}/u.test(words[firstEnd - 1] ?? '')) firstEnd -= 1;
  const given = words.slice(0, firstEnd).join(' ');
  const family = [...words.slice(firstEnd), last].join(' ');
  if (!given) return protectAnd(escapeLatex(suffix ? `${family}, ${suffix}` : family));
  const parts = suffix ? [family, suffix, given] : [family, given];
  return protectAnd(mapped(parts, escapeLatex).join(', '));
}
