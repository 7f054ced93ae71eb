import { dateText } from '../components/DateRange';
import { entry, entryList } from '../components/Entry';
import { safeLink } from '../components/SafeLink';
import type { SectionProps } from './props';

export function Certificates({ items }: SectionProps<'certificates'>) {
  return entryList(
    items.map((item) =>
      entry(
        { title: safeLink(item.href, item.name || item.issuer), when: dateText(item.date) },
        item.name && item.issuer ? <p class="entry-sub">{item.issuer}</p> : null,
      ),
    ),
  );
}
