import type { ComponentChild } from 'preact';
import { displayUrl } from '../model/url';

/**
 * A link when the view model kept a (checked) URL, plain text otherwise. A link without a label
 * shows its address, so there is never a link a reader cannot see.
 */
export function safeLink(href: string | undefined, label: string, className?: string): ComponentChild {
  if (!href) return label && className ? <span class={className}>{label}</span> : label || null;
  return <a class={className} href={href}>{label || displayUrl(href)}</a>;
}
