import type { ComponentChild } from 'preact';
import { displayUrl } from '../model/url';

/**
 * A link when the view model kept a (checked) URL, plain text otherwise. A link without a label
 * shows its address, so there is never a link a reader cannot see. Each link keeps the direction of
 * its own text (a URL or DOI in a right-to-left page); a phone number always reads left to right.
 */
export function safeLink(href: string | undefined, label: string): ComponentChild {
  if (!href) return label || null;
  return (
    <a href={href} dir={href.startsWith('tel:') ? 'ltr' : 'auto'}>
      {label || displayUrl(href)}
    </a>
  );
}
