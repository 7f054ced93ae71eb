// Small queries over parse5's tree, so tests assert on the parsed page rather than on substrings.
import { parse } from 'parse5';

export interface HtmlNode {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
  content?: HtmlNode;
}

export function parseHtml(html: string): HtmlNode {
  return parse(html) as unknown as HtmlNode;
}

export function elements(root: HtmlNode, tagName?: string): HtmlNode[] {
  const found: HtmlNode[] = [];
  const walk = (node: HtmlNode) => {
    if (node.tagName && (!tagName || node.tagName === tagName)) found.push(node);
    node.childNodes?.forEach(walk);
  };
  walk(root);
  return found;
}

export function attr(node: HtmlNode, name: string): string | undefined {
  return node.attrs?.find((item) => item.name === name)?.value;
}

export function byClass(root: HtmlNode, className: string): HtmlNode[] {
  return elements(root).filter((node) => (attr(node, 'class') ?? '').split(/\s+/).includes(className));
}

/** The text nodes under `node`, in order (style and script contents left out). */
function textNodes(node: HtmlNode): string[] {
  const parts: string[] = [];
  const walk = (current: HtmlNode) => {
    if (current.nodeName === '#text') parts.push(current.value ?? '');
    if (current.tagName === 'style' || current.tagName === 'script') return;
    current.childNodes?.forEach(walk);
  };
  walk(node);
  return parts;
}

/** The text a reader sees, whitespace collapsed (style and script contents left out). */
export function textOf(node: HtmlNode): string {
  return textNodes(node).join('').replace(/\s+/g, ' ').trim();
}

/** The text nodes joined by spaces: block boundaries, which the browser shows as breaks, become spaces. */
export function wordsOf(node: HtmlNode): string {
  return textNodes(node)
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,:;])/g, '$1')
    .trim();
}
