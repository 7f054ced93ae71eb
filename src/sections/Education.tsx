import { DateRange } from '../components/DateRange';
import { Entry, EntryList } from '../components/Entry';
import { InlineList } from '../components/Lists';
import { Prose } from '../components/RichText';
import { SafeLink } from '../components/SafeLink';
import type { SectionProps } from './props';

export function Education({ items, labels }: SectionProps<'education'>) {
  return (
    <EntryList>
      {items.map((item, index) => (
        <Entry
          key={index}
          title={<SafeLink href={item.href}>{item.institution || item.degree}</SafeLink>}
          when={<DateRange range={item.dates} present={labels.present} />}
        >
          {item.institution && item.degree ? <p class="entry-sub">{item.degree}</p> : null}
          {item.department || item.location ? (
            <p class="entry-meta">{[item.department, item.location].filter(Boolean).join(' · ')}</p>
          ) : null}
          {item.score ? (
            // A bare number ("3.9/4.0") gets a label; a score that names itself ("Rank: 5%", "GPA 3.9") does not.
            <p class="entry-meta">{/\p{L}/u.test(item.score) ? item.score : `${labels.score}: ${item.score}`}</p>
          ) : null}
          <Prose class="entry-body" value={item.summary} />
          {item.courses.length ? (
            <div class="entry-meta">{labels.courses}: <InlineList items={item.courses} /></div>
          ) : null}
        </Entry>
      ))}
    </EntryList>
  );
}
