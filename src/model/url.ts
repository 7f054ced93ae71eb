// The safe-URL check: http(s), mailto and tel, or a relative reference. Anything else is dropped.

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
// Browsers ignore ASCII control characters and whitespace inside a scheme ("java\tscript:"),
// so they are removed before the scheme is read.
const CONTROL_AND_SPACE = /[\u0000-\u0020\u007f-\u009f]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// Most URLs start with a safe scheme. Removing control characters cannot change a prefix made only of
// letters and a colon, so these are kept without the full check (same verdict, no copy of the string).
const SAFE_SCHEME_PREFIX = /^(?:https?|mailto|tel):/i;

export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const url = value.trim();
  if (!url) return undefined;
  if (SAFE_SCHEME_PREFIX.test(url)) return url;
  const compact = url.replace(CONTROL_AND_SPACE, '');
  const match = SCHEME.exec(compact);
  if (match) return SAFE_SCHEMES.has(match[0].toLowerCase()) ? url : undefined;
  // No scheme: relative ("cv.pdf", "/papers/x", "#top", "//host/x"). To stay on the safe side,
  // anything with a colon before its first slash is not taken as relative.
  const beforePath = compact.split(/[/?#]/, 1)[0] ?? '';
  return beforePath.includes(':') ? undefined : url;
}

export function mailto(email: string): string | undefined {
  return email && !/[\s<>]/.test(email) ? safeUrl(`mailto:${email}`) : undefined;
}

export function tel(phone: string): string | undefined {
  const digits = phone.replace(/[^\d+]/g, '');
  return digits ? `tel:${digits}` : undefined;
}

/** A URL shown as text: without the scheme and trailing slash. */
export function displayUrl(url: string): string {
  return url
    .replace(/^https?:\/\//i, '')
    .replace(/^mailto:|^tel:/i, '')
    .replace(/\/$/, '');
}

// Raster images only: an SVG could carry script if opened on its own.
const DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif);base64,[a-z0-9+/=\s]+$/i;

/** An image source: a safe URL or an inline raster image. */
export function safeImageUrl(value: string): string | undefined {
  const url = value.trim();
  if (DATA_IMAGE.test(url)) return url;
  const href = safeUrl(url);
  return href && !/^(?:mailto|tel):/i.test(href) ? href : undefined;
}

// "github.com/x", "www.example.org": a host name written without its scheme. A relative path such as
// "cv.pdf" or "papers/x.pdf" is not one: the first part must end in a common top-level domain.
const BARE_HOST =
  /^(?:www\.)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|org|net|edu|gov|io|ai|dev|app|me|co|info|page|site|xyz|tech|science|ac\.[a-z]{2}|[a-z]{2})(?::\d+)?(?:[/?#]|$)/i;
const FILE_EXTENSION = /^[^/?#]*\.(?:pdf|html?|md|txt|png|jpe?g|gif|svg|webp|ps|bib|tex|zip)(?:[/?#]|$)/i;

/** A scheme-less web address as https; anything else unchanged. */
function withScheme(url: string): string {
  return BARE_HOST.test(url) && !FILE_EXTENSION.test(url) ? `https://${url}` : url;
}

/** The link target for a URL written in the resume: checked, with a missing https:// added. */
export function hrefOf(url: string): string | undefined {
  if (!url) return undefined;
  // A URL that starts with a safe scheme is no bare host name: it is checked without that pattern.
  const trimmed = url.trim();
  return SAFE_SCHEME_PREFIX.test(trimmed) ? trimmed : safeUrl(withScheme(url));
}
