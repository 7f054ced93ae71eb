import type { ComponentChildren } from 'preact';
import { displayUrl } from '../model/url';

/** A link when the view model kept a (checked) URL, plain text otherwise. */
export function SafeLink({ href, children, class: className }: { href?: string; children: ComponentChildren; class?: string }) {
  if (!href) return <span class={className}>{children}</span>;
  // An entry with a URL but no title links its URL, rather than nothing a reader could see.
  const label = children === '' || children === undefined || children === null ? displayUrl(href) : children;
  return <a class={className} href={href}>{label}</a>;
}
