import { dateText } from '../components/DateRange';
import { Entry, EntryList } from '../components/Entry';
import { prose } from '../components/RichText';
import type { SectionProps } from './props';

export function Awards({ items }: SectionProps<'awards'>) {
  return (
    <EntryList>
      {items.map((item, index) => (
        <Entry key={index} title={item.title || item.awarder} when={dateText(item.date)}>
          {item.title && item.awarder ? <p class="entry-sub">{item.awarder}</p> : null}
          {prose(item.summary, 'entry-body')}
        </Entry>
      ))}
    </EntryList>
  );
}
