import type { ComponentChild, ComponentChildren } from 'preact';
import { displayUrl } from '../model/url';

/**
 * A link when the view model kept a (checked) URL, plain text otherwise. A link without a label
 * shows its address, so there is never a link a reader cannot see. Each link keeps the direction of
 * its own text (a URL or DOI in a right-to-left page); a phone number always reads left to right.
 * `content`, when given, is shown instead of the label (a title with its formatting).
 */
export function safeLink(href: string | undefined, label: string, content?: ComponentChildren): ComponentChild {
  if (!href) return content ?? (label || null);
  const text = content ?? (label || displayUrl(href));
  // Two elements rather than a computed attribute: each direction is then static HTML.
  return href.startsWith('tel:') ? (
    <a href={href} dir="ltr">
      {text}
    </a>
  ) : (
    <a href={href} dir="auto">
      {text}
    </a>
  );
}
