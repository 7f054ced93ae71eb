// The run-time half of precompiled JSX (scripts/precompile-jsx.ts): the dynamic parts of an element
// whose static HTML was written at build time. Each helper serialises its value exactly as
// preact-render-to-string would have inside the element, so the page is the same byte for byte.
//
// A template whose dynamic parts all turn out to be text is joined at once: written in a child
// position of another element it becomes its HTML string (`inline`), which the enclosing template
// takes as it is; anywhere else it becomes a finished template vnode (`template`), a Preact template
// vnode with one string, whose HTML `child` takes as it is when it is later put into an element.
// An entry's elements so join into one string instead of making a vnode each.
import { Fragment, h, isValidElement, type VNode } from 'preact';
import { jsxEscape, jsxTemplate } from 'preact/jsx-runtime';
import { mapped } from './arrays';

/** What a dynamic child part holds once ready: HTML, an element or list for the renderer, or nothing. */
export type Part = string | VNode | unknown[] | null;

/** What Preact puts in a vnode's `constructor` to tell vnodes from other objects (undefined in Preact 10, a symbol in 11). */
const VNODE_CONSTRUCTOR: unknown = h(Fragment, null).constructor;

/**
 * A template vnode with no dynamic parts left: its HTML is complete. The renderer takes it for a
 * vnode (its constructor is Preact's marker) and for a template (a Fragment whose props have `tpl`); its
 * props are itself, and `tpl` is made only if the renderer asks. Its HTML is its one field: a page
 * makes one for each element, and most are read by the enclosing template and never reach the renderer.
 */
class Finished {
  declare readonly type: typeof Fragment;

  constructor(readonly html: string) {}

  get props(): Finished {
    return this;
  }

  get tpl(): [string] {
    return [this.html];
  }
}
Object.defineProperties(Finished.prototype, { constructor: { value: VNODE_CONSTRUCTOR }, type: { value: Fragment } });

// A string made by concatenation is a tree of its pieces (32 bytes a piece) until something reads
// its characters. On a long page the HTML of each entry would live through the garbage collections
// of the render, each copying it piece by piece, and through more of them when the host awaits
// render(): read once, an entry's HTML is one flat string, a third of the size, copied in one go.
// Only an entry's HTML is flattened (entry() asks for it): the elements inside it are pieces of it,
// and reading each of them as well copied their text two or three times (a paper's links, in its
// venue line, in the paper); a whole list or section is made of entries already flat, and reading
// it would copy them all. A short page meets no collection to save: there reading each
// entry is pure cost (7 to 10% of a research CV's render), so pages below FLATTEN_FROM_ENTRIES
// entries are left as trees. Figures in docs/benchmarks.md.
const FLATTEN_FROM = 256;
const FLATTEN_UP_TO = 16384;
const FLATTEN_FROM_ENTRIES = 400;

let flattening = false;

/** Sets flattening for the page about to be rendered, from the number of entries its lists hold. */
export function flattenForPage(entries: number): void {
  flattening = entries >= FLATTEN_FROM_ENTRIES;
}

/** An entry's element, its HTML read once on a long page, which makes it one flat string (see above). */
export function flatEntry(element: VNode): VNode {
  if (flattening && element instanceof Finished) {
    const { html } = element;
    if (html.length >= FLATTEN_FROM && html.length < FLATTEN_UP_TO) html.charCodeAt(0);
  }
  return element;
}

/** The template's HTML when every dynamic part is HTML (or nothing); undefined otherwise. */
function joinedTemplate(tpl: readonly string[], parts: readonly unknown[]): string | undefined {
  let html = tpl[0] as string;
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index];
    if (typeof part === 'string') html = html + part;
    else if (part != null) return undefined;
    html = html + (tpl[index + 1] as string);
  }
  return html;
}

/** An element's static HTML with its dynamic parts: a finished template when all are HTML, else a template vnode. */
export function template(tpl: readonly string[], ...parts: unknown[]): VNode {
  const html = joinedTemplate(tpl, parts);
  if (html === undefined) return jsxTemplate(tpl as string[], ...parts);
  return new Finished(html) as unknown as VNode;
}

/** An element in a child position: its HTML when all parts are HTML, else a template vnode. */
export function inline(tpl: readonly string[], ...parts: unknown[]): string | VNode {
  return joinedTemplate(tpl, parts) ?? jsxTemplate(tpl as string[], ...parts);
}

/** Text with none of the characters HTML escapes, as a finished template: written as it is, not searched again. */
export function safeText(text: string): VNode {
  return new Finished(text) as unknown as VNode;
}

/** An attribute: left out when null, undefined, false or a function; bare when true or empty. */
export function attribute(name: string, value: unknown): string {
  if (value == null || value === false || typeof value === 'function') return '';
  if (value === true || value === '') return ` ${name}`;
  return ` ${name}="${jsxEscape(String(value))}"`;
}

/**
 * An attribute the renderer writes as text whatever its value (aria-*, data-*): true and false are
 * written as "true" and "false"; left out when null, undefined or a function.
 */
export function textAttribute(name: string, value: unknown): string {
  if (value == null || typeof value === 'function') return '';
  return attribute(name, String(value));
}

/** An element's `dangerouslySetInnerHTML`, written as it is; nothing when absent or empty, as the renderer does. */
export function innerHtml(value: { __html: string } | null | undefined): string {
  return value?.__html || '';
}

/** The HTML of a list of children when every item is text or a finished template; undefined otherwise. */
function joinedChildren(items: readonly unknown[]): string | undefined {
  let html = '';
  for (const item of items) {
    if (item == null || typeof item === 'boolean') continue;
    if (typeof item === 'string' || typeof item === 'number') {
      html = html + (jsxEscape(String(item)) as string);
    } else if (Array.isArray(item)) {
      const inner = joinedChildren(item);
      if (inner === undefined) return undefined;
      html = html + inner;
    } else if (item instanceof Finished) {
      html = html + item.html;
    } else {
      return undefined;
    }
  }
  return html;
}

/**
 * A child: text is escaped here, finished templates give their HTML, lists of those are joined;
 * other elements and lists are left to the renderer (which escapes the text inside them), and what
 * the renderer would not show (null, booleans, functions, plain objects) is dropped.
 */
export function child(value: unknown): Part {
  if (typeof value === 'object' && value !== null) {
    if (Array.isArray(value)) return joinedChildren(value) ?? value;
    if (!isValidElement(value)) return null;
    return value instanceof Finished ? value.html : (value as VNode);
  }
  return jsxEscape(value as string | null);
}

/**
 * The children an `items.map(...)` made in a child position, each already a ready part (`inline`,
 * `child`): joined into one string when all are HTML; else a list for the renderer, in which HTML
 * becomes finished templates (the renderer escapes the strings of a list).
 */
export function list(items: unknown): Part {
  if (!Array.isArray(items)) return child(items);
  let html = '';
  for (const item of items as Part[]) {
    if (typeof item === 'string') html = html + item;
    else if (item != null) return mapped(items, (part: Part) => (typeof part === 'string' ? new Finished(part) : part));
  }
  return html;
}
