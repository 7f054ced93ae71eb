import { richText } from '../components/RichText';
import type { SectionProps } from './props';

export function References({ items }: SectionProps<'references'>) {
  return (
    <ul class="entries">
      {items.map((item, index) => (
        <li class="entry" key={index}>
          <blockquote class="reference">
            {richText(item.reference)}
          </blockquote>
          {item.name ? <p class="entry-meta">— {item.name}</p> : null}
        </li>
      ))}
    </ul>
  );
}
