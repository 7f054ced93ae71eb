import type { RichText } from '../model/types';
import { rich, urlOf } from '../model/fields';
import { parseInlineMarkdown } from '../model/markdown';
import { str } from '../model/read';
import { richText } from '../elements/richText';
import { safeLink } from '../elements/safeLink';
import { listSection } from './descriptor';

export interface ReferenceView {
  name: string;
  /** The referee's page, linked from their name. */
  href?: string;
  reference: RichText;
}

export const references = listSection({
  key: 'references',
  item: (entry, ctx): ReferenceView | undefined => {
    if (typeof entry === 'string') return { name: '', reference: parseInlineMarkdown(entry) };
    const name = str(entry.name);
    const item = { name, href: urlOf(entry, ctx).href, reference: rich(entry.reference) };
    return item.name || item.reference.length ? item : undefined;
  },
  Component: ({ view }) => (
    <ul class="entries">
      {view.map((item, index) => (
        <li class="entry" key={index}>
          <blockquote class="reference">{richText(item.reference)}</blockquote>
          {item.name ? <p class="entry-meta">— {safeLink(item.href, item.name)}</p> : null}
        </li>
      ))}
    </ul>
  ),
  schema: {},
});
