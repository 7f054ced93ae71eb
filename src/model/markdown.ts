// Inline markdown (*em*, **strong**, `code`, [text](url), ~~del~~) and the inline HTML tags people
// write in CVs (i, b, em, strong, u, sub, sup, br, a href), parsed by markdown-it into the view model's
// Inline tree. Any other HTML stays visible as text; link targets must pass the safe-URL check.
import MarkdownItClass, { type MarkdownIt, type StateInline, type Token } from 'markdown-it';
import type { FormattingKind, Inline, RichText } from './types';
import { hrefOf } from './url';
import { hasJats, jatsToHtml } from './jats';
import { FORMATTING_TAGS, NOT_TITLE_MARKUP, TITLE_TAG } from './titleTags';
import { mapped } from '../arrays';

/** The rules enabled on markdown-it's `zero` preset, with inline HTML on. */
export const MARKDOWN_RULES = ['emphasis', 'backticks', 'link', 'escape', 'entity', 'strikethrough', 'newline', 'html_inline'];
export const MARKDOWN_OPTIONS = { html: true, linkify: false, typographer: false };

let parser: MarkdownIt | undefined;

function markdown(): MarkdownIt {
  if (!parser) {
    parser = new MarkdownItClass('zero', MARKDOWN_OPTIONS).enable(MARKDOWN_RULES);
    parser.inline.ruler.at('text', textUpToARule);
    const normalizeLink = parser.normalizeLink.bind(parser);
    parser.normalizeLink = (url) => (isNormalLink(url) ? url : normalizeLink(url));
  }
  return parser;
}

/**
 * A web address that markdown-it's normalizeLink (mdurl's parse, punycode, encode and format) gives
 * back as it is: an ASCII host of labels of 63 characters at most, then only characters that need no
 * escape, 255 characters in all (mdurl drops a longer host). Such an address skips it: a page's few
 * links would otherwise run all that code before it is optimised (test/model/markdown.test.ts checks
 * the two agree).
 */
const NORMAL_LINK = /^https?:\/\/[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*(?:[/?#][\w;/?:@&=+$,.!~*'()#-]*)?$/;

export function isNormalLink(url: string): boolean {
  return url.length <= 255 && NORMAL_LINK.test(url);
}

/**
 * The characters at which one of the enabled rules may start (newline, entity, emphasis, html_inline,
 * link, escape, backticks, strikethrough), and "]", which a link's label is scanned for.
 * markdown-it's own text rule also stops at the characters of rules that are off here (- : % + = ! …),
 * where every rule then declines and the character is added to the text all the same: a stop per
 * hyphen of prose for nothing. test/model/markdown-corpus.test.ts checks that the trees are the same.
 */
const RULE_START = /[\n&*<[\\\]_`~]/g;

/** markdown-it's `text` rule with the stops of the enabled rules only: plain text up to the next one. */
function textUpToARule(state: StateInline, silent: boolean): boolean {
  RULE_START.lastIndex = state.pos;
  const stop = RULE_START.test(state.src) ? RULE_START.lastIndex - 1 : state.src.length;
  const pos = Math.min(stop, state.posMax);
  if (pos === state.pos) return false;
  if (!silent) state.pending += state.src.slice(state.pos, pos);
  state.pos = pos;
  return true;
}

// Text in which no enabled rule can start has no markup in it, and skips the parser. That is text
// without RULE_START's characters, but for those that start markup only in some places, and are
// common in prose and addresses as they are ("R&D", "p < 0.05", "github.com/a/snake_case", "A*STAR",
// "~200", "C:\data"):
// - "&" starts an entity only if a ";" follows (the `entity` rule, see hasMarkup);
// - "<" starts an HTML tag or comment only before a letter, "/", "!" or "?" (`html_inline`);
// - "\" escapes only ASCII punctuation (`escape`; before a line break it is one, found by "\n");
// - "~" strikes through only as "~~" (`strikethrough`);
// - "*" makes emphasis only with a second run of asterisks to pair with (found from the last "*" of
//   a run: `\*+` before `[^*]+` would backtrack through a long run, for each of its asterisks);
// - a run of "_" with a letter or digit on both sides can neither open nor close emphasis
//   (CommonMark's flanking rules).
// A carriage return or a NUL is parsed too: markdown-it's `normalize` rule makes a lone "\r" a line
// break and NUL U+FFFD.
const MARKUP_IN_PLACE = String.raw`\\[!-/:-@[-\`{-~]|~~|\*[^*]+\*|(?<![A-Za-z0-9_])_|_(?![A-Za-z0-9_])`;
const MARKUP_START = new RegExp(String.raw`[\n\r\0[\]\`]|<[A-Za-z/!?]|${MARKUP_IN_PLACE}`);
// Most prose has neither markup nor a character that HTML escapes ("&", "<", '"'). One search for
// both tells the parser and the page's escaping alike that there is nothing to do: the text is
// marked `htmlSafe`, and the page writes it without searching it again.
const MARKUP_OR_ESCAPED = new RegExp(String.raw`[\n\r\0[\]\`"&<]|${MARKUP_IN_PLACE}`);
// What markdown-it's `normalize` rule changes: line endings become \n, NUL becomes U+FFFD.
const NEEDS_NORMALIZING = /[\r\0]/;

/** Whether markup can start in the text. When not, markdown-it would make it one text token of itself, and the parser is skipped. */
export function hasMarkup(value: string): boolean {
  if (MARKUP_START.test(value)) return true;
  const ampersand = value.indexOf('&');
  return ampersand >= 0 && value.includes(';', ampersand);
}

/**
 * How validate() saw a text with markup: as prose, with the HTML tags the page shows as text
 * (`<img src="…">`, a stray `</b>`), or as a title, whose formatting tags alone are read.
 */
export type ParsedText = { kind: 'prose'; shownAsText: string[] } | { kind: 'title' };

/** While validate() builds the view: the texts parsed as rich text. Any other text is plain, its tags shown as written. */
let parsedTexts: Map<string, ParsedText> | undefined;

/** Notes a title, whose formatting tags alone are read (titleMarkup), whether it has any. */
export function noteTitle(title: string): void {
  parsedTexts?.set(title, { kind: 'title' });
}

/** Runs `build`, noting in `notes` each text with markup that it parses, and how. */
export function noteParsedTexts<T>(notes: Map<string, ParsedText>, build: () => T): T {
  parsedTexts = notes;
  try {
    return build();
  } finally {
    parsedTexts = undefined;
  }
}

export function parseInlineMarkdown(value: string): RichText {
  if (!value) return [];
  if (!MARKUP_OR_ESCAPED.test(value)) return [{ kind: 'text', text: value, htmlSafe: true }];
  if (!hasMarkup(value)) return [{ kind: 'text', text: value }];
  // Under validate(), the tags shown as text are collected as the tree is built.
  let shownAsText: string[] | undefined;
  if (parsedTexts) {
    shownAsText = [];
    parsedTexts.set(value, { kind: 'prose', shownAsText });
  }
  const source = hasJats(value) ? jatsToHtml(value) : value;
  return source ? buildTree(inlineTokens(source), source, shownAsText) : [];
}

/**
 * A title is plain text but for the formatting tags (`<i>Ralstonia syzygii</i>`, `H<sub>2</sub>O`):
 * its rich text when it has one of them, else undefined (and nothing parsed).
 */
export function titleMarkup(title: string): RichText | undefined {
  if (!title.includes('<') || !TITLE_TAG.test(title)) return undefined;
  return buildTree(inlineTokens(title.replace(NOT_TITLE_MARKUP, '\\$&')), title);
}

/**
 * The inline tokens of `value`, as `parseInline(value)[0].children` has them but for `text_join`,
 * which buildTree() does as it reads. The inline parser is called directly: parseInline() would
 * also run the core chain around it (normalize, a block token to hold the result, text_join),
 * which costs more than the parse itself on short strings.
 */
function inlineTokens(value: string): Token[] {
  const md = markdown();
  const source = NEEDS_NORMALIZING.test(value) ? value.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD') : value;
  const tokens: Token[] = [];
  md.inline.parse(source, md, {}, tokens);
  return tokens;
}

const CONTAINERS = new Map<string, FormattingKind>([
  ['em_open', 'em'],
  ['strong_open', 'strong'],
  ['s_open', 'del'],
]);
const HTML_TAG = /^<(\/?)([a-z]+)\b([^>]*?)\/?>$/i;
const HREF = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
// Deeper HTML nesting is shown as text: nobody writes it, and the renderer recurses per level.
const MAX_DEPTH = 16;

/** An open element: its children, and the HTML tag that opened it (none for markdown). */
interface Frame {
  children: Inline[];
  htmlTag?: string;
}

type Container = Inline & { children: Inline[] };

/** The children of the innermost open element. */
function current(stack: Frame[]): Inline[] {
  return (stack[stack.length - 1] as Frame).children;
}

function open(stack: Frame[], node: Container, htmlTag?: string): void {
  current(stack).push(node);
  stack.push({ children: node.children, htmlTag });
}

function buildTree(tokens: Token[], source: string, shownAsText?: string[]): RichText {
  const root: Inline[] = [];
  // Each open tag pushes a frame for its node's children; its close tag pops it.
  const stack: Frame[] = [{ children: root }];
  // Adjacent text tokens (text, and text_special from escapes and entities) make one text node,
  // as markdown-it's text_join rule would have joined them.
  let text = '';
  for (const token of tokens) {
    const { type } = token;
    if (type === 'text' || type === 'text_special') {
      text += token.content;
      continue;
    }
    if (text) {
      current(stack).push({ kind: 'text', text });
      text = '';
    }
    const container = CONTAINERS.get(type);
    if (container) {
      open(stack, { kind: container, children: [] });
    } else if (type === 'link_open') {
      const href = hrefOf(String(token.attrGet('href') ?? ''));
      // A link whose target is unsafe keeps its text, in place, without the link.
      if (href) open(stack, { kind: 'link', href, children: [] });
      else stack.push({ children: current(stack) });
    } else if (type.endsWith('_close')) {
      // Closing markdown also closes any HTML element left open inside it.
      while (stack.length > 1 && stack[stack.length - 1]?.htmlTag) stack.pop();
      closeFrame(stack);
    } else if (type === 'html_inline') {
      if (!inlineHtml(token.content, stack)) {
        current(stack).push({ kind: 'text', text: token.content });
        shownAsText?.push(token.content);
      }
    } else if (type === 'code_inline') {
      current(stack).push({ kind: 'code', text: token.content });
    } else if (type === 'softbreak' || type === 'hardbreak') {
      current(stack).push({ kind: 'break' });
    }
  }
  if (text) current(stack).push({ kind: 'text', text });
  return root.length ? root : [{ kind: 'text', text: source }];
}

/** Pops a frame; "[](url)" would be a link nobody can see or click, so its address becomes its text. */
function closeFrame(stack: Frame[]): void {
  const closed = stack.length > 1 ? stack.pop() : undefined;
  const parent = stack[stack.length - 1]?.children ?? [];
  const owner = parent[parent.length - 1];
  if (closed && owner?.kind === 'link' && owner.children === closed.children && !plainText(closed.children).trim()) {
    closed.children.splice(0, closed.children.length, { kind: 'text', text: owner.href });
  }
}

/** Handles one allow-listed HTML tag; false when the tag is to be shown as text. */
function inlineHtml(tag: string, stack: Frame[]): boolean {
  const match = HTML_TAG.exec(tag);
  if (!match) return false;
  const closing = match[1] === '/';
  const name = (match[2] as string).toLowerCase();
  // Small capitals (`<scp>COVID</scp>`, see titleTags.ts): the text is shown as it is, without the tags.
  if (name === 'scp') return true;
  if (name === 'br') {
    if (closing) return false;
    (stack[stack.length - 1]?.children ?? []).push({ kind: 'break' });
    return true;
  }
  if (closing) {
    // Only an element this tag opened, above the nearest markdown element, is closed.
    for (let depth = stack.length - 1; depth > 0 && stack[depth]?.htmlTag; depth--) {
      if (stack[depth]?.htmlTag === name) {
        while (stack.length - 1 > depth) stack.pop();
        closeFrame(stack);
        return true;
      }
    }
    return false;
  }
  if (stack.length > MAX_DEPTH) return false;
  const formatting = FORMATTING_TAGS.get(name);
  if (formatting) {
    open(stack, { kind: formatting, children: [] }, name);
    return true;
  }
  if (name !== 'a') return false;
  const href = HREF.exec(match[3] ?? '');
  const target = href ? hrefOf(markdown().utils.unescapeAll(href[1] ?? href[2] ?? href[3] ?? '')) : undefined;
  if (!target) return false;
  open(stack, { kind: 'link', href: target, children: [] }, name);
  return true;
}

/** The plain text of a rich text, e.g. for a title attribute or a comparison. */
export function plainText(text: RichText): string {
  return mapped(text, (node) => {
    switch (node.kind) {
      case 'text':
      case 'code':
        return node.text;
      case 'break':
        return ' ';
      default:
        return plainText(node.children);
    }
  }).join('');
}
