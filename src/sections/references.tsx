import type { RichText } from '../model/types';
import { rich } from '../model/fields';
import { parseInlineMarkdown } from '../model/markdown';
import { str } from '../model/read';
import { richText } from '../elements/richText';
import { listSection } from './descriptor';

export interface ReferenceView {
  name: string;
  reference: RichText;
}

export const references = listSection({
  key: 'references',
  item: (entry): ReferenceView | undefined => {
    if (typeof entry === 'string') return { name: '', reference: parseInlineMarkdown(entry) };
    const item = { name: str(entry.name), reference: rich(entry.reference) };
    return item.name || item.reference.length ? item : undefined;
  },
  Component: ({ view }) => (
    <ul class="entries">
      {view.map((item, index) => (
        <li class="entry" key={index}>
          <blockquote class="reference">{richText(item.reference)}</blockquote>
          {item.name ? <p class="entry-meta">— {item.name}</p> : null}
        </li>
      ))}
    </ul>
  ),
  schema: {},
});
