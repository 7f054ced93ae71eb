// Lists inside an entry, as functions returning elements (or null when empty) rather than
// components: a long CV has thousands of them, and each component costs the renderer an instance.
// Keywords and inline items keep the direction of their own text ("C++" in a right-to-left page).
import type { RichText as RichTextValue, LinkView } from '../model/types';
import { richText } from './richText';
import { safeLink } from './safeLink';
import { mapped } from '../arrays';

export function highlights(items: RichTextValue[]) {
  if (!items.length) return null;
  return (
    <ul class="highlights">
      {mapped(items, (item, index) => (
        <li key={index}>{richText(item)}</li>
      ))}
    </ul>
  );
}

export function keywords(items: string[]) {
  if (!items.length) return null;
  return (
    <ul class="keywords">
      {mapped(items, (item, index) => (
        <li key={index} dir="auto">
          {item}
        </li>
      ))}
    </ul>
  );
}

/** Lines of text inline, separated by middots (courses, for instance). */
export function inlineList(items: RichTextValue[]) {
  // The item, not the item with its separator, keeps its own direction ("C++" among Persian courses).
  return (
    <ul class="inline-list">
      {mapped(items, (item, index) => (
        <li key={index}>
          <bdi>{richText(item)}</bdi>
        </li>
      ))}
    </ul>
  );
}

export function links(items: LinkView[]) {
  if (!items.length) return null;
  return (
    <ul class="links">
      {mapped(items, (link, index) => (
        <li key={index}>{safeLink(link.href, link.label)}</li>
      ))}
    </ul>
  );
}
