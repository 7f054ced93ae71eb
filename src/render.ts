import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { Document } from './Document';
import { toView } from './view';
import type { ThemeOptions } from './model/options';

/**
 * Renders a JSON Resume document to one self-contained HTML page. Synchronous, reads nothing
 * from disk or network, and accepts any JSON: what has the wrong type is skipped.
 */
export function render(resume: unknown, options?: ThemeOptions): string {
  return `<!doctype html>${renderToString(h(Document, { view: toView(resume, options) }))}`;
}
