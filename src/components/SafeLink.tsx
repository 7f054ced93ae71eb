import type { ComponentChildren } from 'preact';

/** A link when the view model kept a (checked) URL, plain text otherwise. */
export function SafeLink({ href, children, class: className }: { href?: string; children: ComponentChildren; class?: string }) {
  if (!href) return <span class={className}>{children}</span>;
  return <a class={className} href={href}>{children}</a>;
}
