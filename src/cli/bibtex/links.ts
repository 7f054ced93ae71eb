// URL-like field values as exporters write them: DBLP escapes "_" and "%" (`\_`, `\%`), some
// wrap the URL in \url{…} or <…>. Links are written as the browser needs them.

export interface Link {
  label: string;
  url: string;
}

/** A URL or DOI without TeX escapes, \url{}, angle brackets or an HTML link around it. */
export function unescapeUrl(value: string): string {
  const href = /<a\s[^<>]*href\s*=\s*["']([^"']+)["']/i.exec(value.trim())?.[1];
  return (href ?? value)
    .trim()
    .replace(/^\\url\s*\{(.*)\}$/s, '$1')
    .replace(/^<(.*)>$/s, '$1')
    .replace(/\{?\\textasciitilde\s*\}?(?:\{\})?|\\~\{\}/g, '~')
    .replace(/\\+([_%&#$~])/g, '$1')
    .replace(/[{}]/g, '')
    .trim();
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** A path on the site that hosts the .bib ("paper.pdf", "/assets/pdf/paper.pdf"), not a web address. */
export function isSitePath(url: string): boolean {
  return !SCHEME.test(url) && !url.startsWith('//');
}

export function isWebUrl(url: string): boolean {
  return /^https?:\/\/\S+$/i.test(url);
}

/** "sciencedirect.com" for a link that has no better label. */
export function hostLabel(url: string): string {
  return /^https?:\/\/(?:www\.)?([^/?#:]+)/i.exec(url)?.[1] ?? url;
}
