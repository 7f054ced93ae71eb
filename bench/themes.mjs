// The themes under comparison, each loaded the way resumed loads a theme: `import()` of the
// package, then its named `render` (or `default.render`), whose result is awaited.
import { pathToFileURL } from 'node:url';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** This theme is timed through its built ESM bundle: what resumed and bundlers load. */
export const THEMES = [
  { name: 'scholar', specifier: pathToFileURL(`${root}dist/index.mjs`).href },
  { name: 'even', specifier: 'jsonresume-theme-even' },
  { name: 'stackoverflow', specifier: 'jsonresume-theme-stackoverflow' },
  { name: 'elegant', specifier: 'jsonresume-theme-elegant' },
  { name: 'macchiato', specifier: 'jsonresume-theme-macchiato' },
];

export const SELF = 'scholar';

export async function loadRender(specifier) {
  const mod = await import(specifier);
  const render = mod.render ?? mod.default?.render;
  if (typeof render !== 'function') throw new Error(`${specifier} exports no render function`);
  return render;
}

/**
 * Theme assets the page fetches from elsewhere: stylesheets, fonts, scripts. A page with none is
 * self-contained (it renders the same offline and in a PDF). Images the person links are not counted.
 */
export function externalAssets(html) {
  const found = [];
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    const href = /\bhref\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (href && /\brel\s*=\s*["']?(?:stylesheet|preload|preconnect|icon)/i.test(tag)) found.push(href);
  }
  for (const tag of html.match(/<script\b[^>]*\bsrc\s*=[^>]*>/gi) ?? []) {
    found.push(/\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1] ?? tag);
  }
  for (const style of html.match(/<style\b[^>]*>[\s\S]*?<\/style>/gi) ?? []) {
    for (const match of style.matchAll(/@import\s+(?:url\()?["']?([^"')\s;]+)|url\(\s*["']?(?!data:)([^"')\s]+)/gi)) {
      found.push(match[1] ?? match[2]);
    }
  }
  return found;
}
