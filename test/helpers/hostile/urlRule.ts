// The URL rule, judged as a browser would read the attribute (independently of the theme's own
// check): the WHATWG URL parser drops leading C0 controls and spaces and every tab and newline.

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const IMAGE_SCHEMES = new Set(['http:', 'https:']);
const RASTER_DATA_URL = /^data:image\/(?:png|jpe?g|gif|webp|avif);base64,/i;
const BASE = 'https://theme-test.invalid/cv/';

function schemeOf(value: string): string {
  try {
    return new URL(value, BASE).protocol;
  } catch {
    // Not parseable, so not followed: still read the scheme the way the parser's first step does.
    const cleaned = value.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
    return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[0].toLowerCase() ?? 'https:';
  }
}

/** href: http(s), mailto, tel, or relative (which resolves to the page's own https: scheme). */
export function isSafeHref(value: string): boolean {
  return LINK_SCHEMES.has(schemeOf(value));
}

/** img src: http(s), relative, or an inline raster image (never SVG, which can carry script). */
export function isSafeImageSrc(value: string): boolean {
  const trimmed = value.replace(/^[\u0000-\u0020]+/, '');
  return RASTER_DATA_URL.test(trimmed) || IMAGE_SCHEMES.has(schemeOf(value));
}
