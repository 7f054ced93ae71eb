import { dateText } from '../components/DateRange';
import { entry, entryList } from '../components/Entry';
import { prose } from '../components/RichText';
import type { SectionProps } from './props';

export function Awards({ items }: SectionProps<'awards'>) {
  return entryList(
    items.map((item) =>
      entry(
        { title: item.title || item.awarder, when: dateText(item.date) },
        item.title && item.awarder ? <p class="entry-sub">{item.awarder}</p> : null,
        prose(item.summary, 'entry-body'),
      ),
    ),
  );
}
