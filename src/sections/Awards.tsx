import { DateText } from '../components/DateRange';
import { Entry, EntryList } from '../components/Entry';
import { Prose } from '../components/RichText';
import type { SectionProps } from './props';

export function Awards({ items }: SectionProps<'awards'>) {
  return (
    <EntryList>
      {items.map((item, index) => (
        <Entry key={index} title={item.title || item.awarder} when={<DateText date={item.date} />}>
          {item.title && item.awarder ? <p class="entry-sub">{item.awarder}</p> : null}
          <Prose class="entry-body" value={item.summary} />
        </Entry>
      ))}
    </EntryList>
  );
}
