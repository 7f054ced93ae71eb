import type { RichText as RichTextValue, LinkView } from '../model/types';
import { RichText } from './RichText';
import { SafeLink } from './SafeLink';

export function Highlights({ items }: { items: RichTextValue[] }) {
  if (!items.length) return null;
  return (
    <ul class="highlights">
      {items.map((item, index) => <li key={index}><RichText value={item} /></li>)}
    </ul>
  );
}

export function Keywords({ items }: { items: string[] }) {
  if (!items.length) return null;
  return <ul class="keywords">{items.map((item, index) => <li key={index}>{item}</li>)}</ul>;
}

/** Plain strings inline, separated by middots (courses, for instance). */
export function InlineList({ items }: { items: string[] }) {
  return <ul class="inline-list">{items.map((item, index) => <li key={index}>{item}</li>)}</ul>;
}

export function Links({ links }: { links: LinkView[] }) {
  if (!links.length) return null;
  return (
    <ul class="links">
      {links.map((link, index) => <li key={index}><SafeLink href={link.href}>{link.label}</SafeLink></li>)}
    </ul>
  );
}
