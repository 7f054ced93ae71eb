import type { ComponentChild } from 'preact';
import { displayUrl } from '../model/url';

/**
 * A link when the view model kept a (checked) URL, plain text otherwise. A link without a label
 * shows its address, so there is never a link a reader cannot see.
 */
export function safeLink(href: string | undefined, label: string): ComponentChild {
  if (!href) return label || null;
  return <a href={href}>{label || displayUrl(href)}</a>;
}
