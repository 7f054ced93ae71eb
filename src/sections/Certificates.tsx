import { dateText } from '../components/DateRange';
import { Entry, EntryList } from '../components/Entry';
import { safeLink } from '../components/SafeLink';
import type { SectionProps } from './props';

export function Certificates({ items }: SectionProps<'certificates'>) {
  return (
    <EntryList>
      {items.map((item, index) => (
        <Entry
          key={index}
          title={safeLink(item.href, item.name || item.issuer)}
          when={dateText(item.date)}
        >
          {item.name && item.issuer ? <p class="entry-sub">{item.issuer}</p> : null}
        </Entry>
      ))}
    </EntryList>
  );
}
