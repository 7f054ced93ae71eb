// Inline markdown (*em*, **strong**, `code`, [text](url), ~~del~~) parsed by markdown-it into the
// view model's Inline tree. Raw HTML stays text; link targets must pass the safe-URL check.
import MarkdownItClass, { type MarkdownIt, type Token } from 'markdown-it';
import type { Inline, RichText } from './types';
import { safeUrl } from './url';

let parser: MarkdownIt | undefined;

function markdown(): MarkdownIt {
  parser ??= new MarkdownItClass('zero', { html: false, linkify: false, typographer: false }).enable([
    'emphasis',
    'backticks',
    'link',
    'escape',
    'entity',
    'strikethrough',
    'newline',
  ]);
  return parser;
}

// Text without any of these characters has no markdown in it, and skips the parser.
const MARKDOWN_SYNTAX = /[*_`[\]~&\\\n]/;

export function parseInlineMarkdown(value: string): RichText {
  if (!value) return [];
  if (!MARKDOWN_SYNTAX.test(value)) return [{ kind: 'text', text: value }];
  const tokens = markdown().parseInline(value, {})[0]?.children ?? [];
  return buildTree(tokens, value);
}

const CONTAINERS: Record<string, 'em' | 'strong' | 'del'> = { em_open: 'em', strong_open: 'strong', s_open: 'del' };

function buildTree(tokens: Token[], source: string): RichText {
  const root: Inline[] = [];
  // Each open tag pushes the children list of its node; its close tag pops it.
  const stack: Inline[][] = [root];
  const current = () => stack[stack.length - 1] ?? root;
  for (const token of tokens) {
    const container = CONTAINERS[token.type];
    if (container) {
      const node: Inline = { kind: container, children: [] };
      current().push(node);
      stack.push(node.children);
    } else if (token.type === 'link_open') {
      const href = safeUrl(token.attrGet('href'));
      if (href) {
        const children: Inline[] = [];
        current().push({ kind: 'link', href, children });
        stack.push(children);
      } else {
        // A link whose target is unsafe keeps its text, in place, without the link.
        stack.push(current());
      }
    } else if (token.type.endsWith('_close')) {
      const closed = stack.length > 1 ? stack.pop() : undefined;
      const owner = current()[current().length - 1];
      // "[](url)" would be a link nobody can see or click: its address becomes its text.
      if (owner?.kind === 'link' && owner.children === closed && !plainText(closed).trim()) {
        closed.splice(0, closed.length, { kind: 'text', text: owner.href });
      }
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
