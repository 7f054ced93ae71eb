// The run-time half of precompiled JSX (scripts/precompile-jsx.mjs): the dynamic parts of an element
// whose static HTML was written at build time. Each helper serialises its value exactly as
// preact-render-to-string would have inside the element.
import type { VNode } from 'preact';
import { jsxEscape, jsxTemplate } from 'preact/jsx-runtime';

export { jsxTemplate as template };

/** An attribute: left out when null, undefined, false or a function; bare when true or empty. */
export function attribute(name: string, value: unknown): string {
  if (value == null || value === false || typeof value === 'function') return '';
  if (value === true || value === '') return ` ${name}`;
  return ` ${name}="${jsxEscape(String(value))}"`;
}

/**
 * A child: text is escaped here, elements and arrays are left to the renderer (which escapes the
 * text inside them), and what the renderer would not show (null, booleans, plain objects) is dropped.
 */
export function child(value: unknown): string | VNode | unknown[] | null {
  if (Array.isArray(value)) return value;
  if (typeof value === 'object' && value !== null && value.constructor !== undefined) return null;
  return jsxEscape(value as string | VNode | null);
}
