// Work, volunteering and projects share one layout: title, dates, role, location, prose, bullets.
import type { EntryView } from '../model/types';
import { dateRange } from './DateRange';
import { entry, entryList } from './Entry';
import { highlights, keywords, links } from './Lists';
import { prose } from './RichText';
import { safeLink } from './SafeLink';

/** A component per entry, not a function, for the reason given at Publication. */
function DatedEntry({ item, present }: { item: EntryView; present: string }) {
  const heading = item.title || item.subtitle;
  const sub = [item.title ? item.subtitle : '', item.location].filter(Boolean).join(' · ');
  return entry(
    { title: safeLink(item.titleHref, heading), when: dateRange(item.dates, present) },
    sub ? <p class="entry-sub">{sub}</p> : null,
    prose(item.description, 'entry-meta'),
    prose(item.summary, 'entry-body'),
    highlights(item.highlights),
    keywords(item.keywords),
    item.links.length ? <div class="entry-meta">{links(item.links)}</div> : null,
  );
}

export function datedEntries(items: EntryView[], present: string) {
  return entryList(items.map((item) => <DatedEntry item={item} present={present} />));
}
