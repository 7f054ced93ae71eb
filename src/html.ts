// Serialises the theme's Preact tree to HTML, byte for byte as preact-render-to-string does, for
// the subset the theme uses: function components, fragments and HTML elements. It skips what a
// page rendered once never needs (component instances, hooks, parent links, suspense), which made
// preact-render-to-string most of the render time and garbage on large resumes. Anything outside
// the subset (class components, context, SVG, form values, style objects, precompiled templates)
// hands the whole page back to preact-render-to-string. A test checks both give the same bytes.
import { Fragment, type ComponentChild, type VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

export class Unsupported extends Error {}

// Same rules as preact-render-to-string (src/lib/util.js).
const ENTITIES = /["&<]/;
const UNSAFE_NAME = /[\s\n\\/='"\0<>]/;
const HTML_LOWER_CASE =
  /^(?:accessK|auto[A-Z]|cell|ch|col|cont|cross|dateT|encT|form[A-Z]|frame|hrefL|inputM|maxL|minL|noV|playsI|popoverT|readO|rowS|src[A-Z]|tabI|useM|item[A-Z])/;
const SELF_CLOSING = new Set(['area', 'base', 'br', 'col', 'command', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const SKIPPED_PROPS = new Set(['children', 'key', 'ref', '__self', '__source', 'dangerouslySetInnerHTML']);
// Props whose serialisation depends on the element or needs more than a string: left to the library.
const DELEGATED_PROPS = new Set(['style', 'value', 'defaultValue', 'defaultChecked', 'defaultSelected', 'acceptCharset', 'httpEquiv', 'draggable', 'spellcheck']);
const DELEGATED_NAMESPACE = /^(xlink|xmlns|xml)[A-Z]/;

export function escapeHtml(text: string): string {
  if (!ENTITIES.test(text)) return text;
  let out = '';
  let last = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const entity = code === 34 ? '&quot;' : code === 38 ? '&amp;' : code === 60 ? '&lt;' : '';
    if (!entity) continue;
    if (index !== last) out += text.slice(last, index);
    out += entity;
    last = index + 1;
  }
  return last < text.length ? out + text.slice(last) : out;
}

const CHUNK = 2048;

/**
 * The page, written part by part. Parts are stored in a fixed array and joined a chunk at a
 * time: concatenating them one by one made a rope node per part (most of the render's garbage),
 * and a page built as one long rope kept them all alive until the end.
 */
class HtmlWriter {
  private done = '';
  private readonly parts: string[] = new Array<string>(CHUNK).fill('');
  private count = 0;

  add(part: string): void {
    this.parts[this.count] = part;
    this.count += 1;
    if (this.count === CHUNK) {
      this.done += this.parts.join('');
      this.count = 0;
    }
  }

  toString(): string {
    return this.done + this.parts.slice(0, this.count).join('');
  }
}

// ' class="' for each attribute name met.
const prefixCache = new Map<string, string>();

function attributePrefix(name: string): string {
  let prefix = prefixCache.get(name);
  if (prefix === undefined) {
    prefix = ` ${name}="`;
    prefixCache.set(name, prefix);
  }
  return prefix;
}

function writeAttributes(props: Record<string, unknown>, out: HtmlWriter): void {
  for (const key in props) {
    let name = key;
    let value = props[key];
    if (SKIPPED_PROPS.has(name)) continue;
    if (typeof value === 'function' && name !== 'class' && name !== 'className') continue;
    if (DELEGATED_PROPS.has(name) || DELEGATED_NAMESPACE.test(name)) throw new Unsupported(name);
    if (name === 'className') {
      if ('class' in props) continue;
      name = 'class';
    } else if (name === 'htmlFor') {
      if ('for' in props) continue;
      name = 'for';
    } else if (UNSAFE_NAME.test(name)) {
      continue;
    } else if (name[4] === '-' && value != null) {
      value = String(value);
    } else if (HTML_LOWER_CASE.test(name)) {
      name = name.toLowerCase();
    }
    if (value == null || value === false) continue;
    if (value === true || value === '') {
      out.add(` ${name}`);
    } else {
      out.add(attributePrefix(name));
      out.add(escapeHtml(String(value)));
      out.add('"');
    }
  }
}

// "<li" and "</li>" for each tag name met, made once rather than for every element.
const tagCache = new Map<string, { open: string; close: string }>();

function tagsOf(type: string): { open: string; close: string } {
  let tags = tagCache.get(type);
  if (!tags) {
    if (type === 'svg' || UNSAFE_NAME.test(type)) throw new Unsupported(type);
    tags = { open: `<${type}`, close: `</${type}>` };
    tagCache.set(type, tags);
  }
  return tags;
}

function writeElement(type: string, props: Record<string, unknown>, out: HtmlWriter): void {
  const { open, close } = tagsOf(type);
  const inner = (props.dangerouslySetInnerHTML as { __html?: string } | null | undefined)?.__html;
  let content: string | undefined;
  if (SELF_CLOSING.has(type)) {
    // An empty void element closes itself (<meta/>, <br/>); one with content does not.
    content = inner || (props.children == null ? '' : writeHtml(props.children as ComponentChild));
    if (!content) {
      out.add(open);
      writeAttributes(props, out);
      out.add('/>');
      return;
    }
  }
  out.add(open);
  writeAttributes(props, out);
  out.add('>');
  if (content !== undefined) out.add(content);
  else if (inner) out.add(inner);
  else write(props.children as ComponentChild, out);
  out.add(close);
}

function write(node: ComponentChild | ComponentChild[], out: HtmlWriter): void {
  if (node == null || typeof node === 'boolean') return;
  if (typeof node === 'string') {
    out.add(escapeHtml(node));
    return;
  }
  if (typeof node !== 'object') {
    if (typeof node !== 'function') out.add(String(node));
    return;
  }
  if (Array.isArray(node)) {
    for (const child of node) write(child, out);
    return;
  }
  if (node.constructor !== undefined) return;
  const { type, props } = node as VNode<Record<string, unknown>>;
  if (typeof type === 'string') return writeElement(type, props, out);
  if (type === Fragment) {
    if ('tpl' in props || 'UNSTABLE_comment' in props) throw new Unsupported('template');
    return write(props.children as ComponentChild, out);
  }
  const component = type as { prototype?: { render?: unknown }; contextType?: unknown } & ((props: object) => ComponentChild);
  if (typeof component.prototype?.render === 'function' || component.contextType != null) throw new Unsupported('component');
  write(component(props), out);
}

/** The HTML of a Preact tree; throws on what only preact-render-to-string supports. */
export function writeHtml(node: ComponentChild): string {
  const out = new HtmlWriter();
  write(node, out);
  return out.toString();
}

/** The HTML of a Preact tree, as preact-render-to-string would write it. */
export function renderHtml<P>(vnode: VNode<P>): string {
  try {
    return writeHtml(vnode);
  } catch {
    // Unsupported, or a component that needs what only the library provides (hooks, say): the
    // library renders the page, and throws again if the error is genuine.
    return renderToString(vnode);
  }
}
