import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { Document } from './Document';
import { toView } from './model/toView';
import { resolveOptions, type ThemeOptions } from './model/options';
import { obj } from './model/read';

/**
 * Renders a JSON Resume document to one self-contained HTML page. Synchronous, reads nothing
 * from disk or network, and accepts any JSON: what has the wrong type is skipped.
 */
export function render(resume: unknown, options?: ThemeOptions): string {
  const view = toView(resume, options);
  // The look is an attribute of <html>; the view model does not carry it.
  const { style } = resolveOptions(obj(resume), options);
  return `<!doctype html>${renderToString(h(Document, { view, style }))}`;
}
