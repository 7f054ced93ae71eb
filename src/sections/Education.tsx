import { dateRange } from '../components/DateRange';
import { entry, entryList } from '../components/Entry';
import { inlineList } from '../components/Lists';
import { prose } from '../components/RichText';
import { safeLink } from '../components/SafeLink';
import type { SectionProps } from './props';

export function Education({ items, labels }: SectionProps<'education'>) {
  return entryList(
    items.map((item) =>
      entry(
        { title: safeLink(item.href, item.institution || item.degree), when: dateRange(item.dates, labels.present) },
        item.institution && item.degree ? <p class="entry-sub">{item.degree}</p> : null,
        item.department || item.location ? (
          <p class="entry-meta">{[item.department, item.location].filter(Boolean).join(' · ')}</p>
        ) : null,
        item.score ? <p class="entry-meta">{item.score}</p> : null,
        prose(item.summary, 'entry-body'),
        item.courses.length ? <div class="entry-meta">{labels.courses}: {inlineList(item.courses)}</div> : null,
      ),
    ),
  );
}
