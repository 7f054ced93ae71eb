import { DateText } from '../components/DateRange';
import { Entry, EntryList } from '../components/Entry';
import { SafeLink } from '../components/SafeLink';
import type { SectionProps } from './props';

export function Certificates({ items }: SectionProps<'certificates'>) {
  return (
    <EntryList>
      {items.map((item, index) => (
        <Entry
          key={index}
          title={<SafeLink href={item.href}>{item.name || item.issuer}</SafeLink>}
          when={<DateText date={item.date} />}
        >
          {item.name && item.issuer ? <p class="entry-sub">{item.issuer}</p> : null}
        </Entry>
      ))}
    </EntryList>
  );
}
