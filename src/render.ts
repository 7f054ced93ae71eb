import { renderToString } from 'preact-render-to-string';
import { Body, Document } from './Document';
import { toView } from './view';
import { flattenForPage } from './jsxSlots';
import { isObject } from './model/read';
import type { ThemeOptions } from './model/options';

/**
 * Renders a JSON Resume document to one self-contained HTML page. Synchronous, reads nothing
 * from disk or network, and accepts any JSON: what has the wrong type is skipped.
 */
export function render(resume: unknown, options?: ThemeOptions): string {
  const view = toView(resume, options);
  flattenForPage(listEntries(resume));
  // The body first: a paper is built as its entry is written, and the head's JSON-LD lists those written.
  // Both are called as functions, as the page's parts are (see Document.tsx): the renderer is given
  // their elements, not components to call.
  const body = renderToString(Body({ view }));
  return `<!doctype html>${renderToString(Document({ view, body }))}`;
}

/** The entries of the resume's top-level lists: the size of the page, known before it is rendered. */
function listEntries(resume: unknown): number {
  if (!isObject(resume)) return 0;
  let entries = 0;
  for (const value of Object.values(resume)) if (Array.isArray(value)) entries += value.length;
  return entries;
}
