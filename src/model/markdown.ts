// Inline markdown (*em*, **strong**, `code`, [text](url), ~~del~~) and the inline HTML tags people
// write in CVs (i, b, em, strong, u, sub, sup, br, a href), parsed by markdown-it into the view model's
// Inline tree. Any other HTML stays visible as text; link targets must pass the safe-URL check.
import MarkdownItClass, { type MarkdownIt, type Token } from 'markdown-it';
import type { FormattingKind, Inline, RichText } from './types';
import { hrefOf } from './url';

let parser: MarkdownIt | undefined;

function markdown(): MarkdownIt {
  parser ??= new MarkdownItClass('zero', { html: true, linkify: false, typographer: false }).enable([
    'emphasis',
    'backticks',
    'link',
    'escape',
    'entity',
    'strikethrough',
    'newline',
    'html_inline',
  ]);
  return parser;
}

// Text without any of these characters has no markup in it, and skips the parser.
const MARKUP_SYNTAX = /[*_`[\]~&\\\n<]/;

export function parseInlineMarkdown(value: string): RichText {
  if (!value) return [];
  if (!MARKUP_SYNTAX.test(value)) return [{ kind: 'text', text: value }];
  const tokens = markdown().parseInline(value, {})[0]?.children ?? [];
  return buildTree(tokens, value);
}

const CONTAINERS: Record<string, FormattingKind> = { em_open: 'em', strong_open: 'strong', s_open: 'del' };
const HTML_FORMATTING: Record<string, FormattingKind> = { i: 'i', b: 'b', em: 'em', strong: 'strong', u: 'u', sub: 'sub', sup: 'sup' };
const HTML_TAG = /^<(\/?)([a-z]+)\b([^>]*?)\/?>$/i;
const HREF = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
// Deeper HTML nesting is shown as text: nobody writes it, and the renderer recurses per level.
const MAX_DEPTH = 16;

/** An open element: its children, and the HTML tag that opened it (none for markdown). */
interface Frame {
  children: Inline[];
  htmlTag?: string;
}

function buildTree(tokens: Token[], source: string): RichText {
  const root: Inline[] = [];
  // Each open tag pushes a frame for its node's children; its close tag pops it.
  const stack: Frame[] = [{ children: root }];
  const current = () => (stack[stack.length - 1] ?? { children: root }).children;
  const open = (node: Inline & { children: Inline[] }, htmlTag?: string) => {
    current().push(node);
    stack.push({ children: node.children, htmlTag });
  };
  for (const token of tokens) {
    const container = CONTAINERS[token.type];
    if (container) {
      open({ kind: container, children: [] });
    } else if (token.type === 'link_open') {
      const href = hrefOf(String(token.attrGet('href') ?? ''));
      // A link whose target is unsafe keeps its text, in place, without the link.
      if (href) open({ kind: 'link', href, children: [] });
      else stack.push({ children: current() });
    } else if (token.type.endsWith('_close')) {
      // Closing markdown also closes any HTML element left open inside it.
      while (stack.length > 1 && stack[stack.length - 1]?.htmlTag) stack.pop();
      closeFrame(stack);
    } else if (token.type === 'html_inline') {
      if (!inlineHtml(token.content, stack, open)) current().push({ kind: 'text', text: token.content });
    } else if (token.type === 'code_inline') {
      current().push({ kind: 'code', text: token.content });
    } else if (token.type === 'softbreak' || token.type === 'hardbreak') {
      current().push({ kind: 'break' });
    } else if (token.content) {
      current().push({ kind: 'text', text: token.content });
    }
  }
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
function inlineHtml(tag: string, stack: Frame[], open: (node: Inline & { children: Inline[] }, htmlTag?: string) => void): boolean {
  const match = HTML_TAG.exec(tag);
  if (!match) return false;
  const closing = match[1] === '/';
  const name = (match[2] as string).toLowerCase();
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
  const formatting = HTML_FORMATTING[name];
  if (formatting) {
    open({ kind: formatting, children: [] }, name);
    return true;
  }
  if (name !== 'a') return false;
  const href = HREF.exec(match[3] ?? '');
  const target = href ? hrefOf(markdown().utils.unescapeAll(href[1] ?? href[2] ?? href[3] ?? '')) : undefined;
  if (!target) return false;
  open({ kind: 'link', href: target, children: [] }, name);
  return true;
}

/** The plain text of a rich text, e.g. for a title attribute or a comparison. */
export function plainText(text: RichText): string {
  return text
    .map((node) => {
      switch (node.kind) {
        case 'text':
        case 'code':
          return node.text;
        case 'break':
          return ' ';
        default:
          return plainText(node.children);
      }
    })
    .join('');
}
