// Work, volunteering and projects share one layout: title, dates, role, location, prose, bullets.
import type { EntryView } from '../model/types';
import { dateRange } from './DateRange';
import { Entry, EntryList } from './Entry';
import { highlights, keywords, links } from './Lists';
import { prose } from './RichText';
import { safeLink } from './SafeLink';

function DatedEntry({ entry, present }: { entry: EntryView; present: string }) {
  const heading = entry.title || entry.subtitle;
  const sub = [entry.title ? entry.subtitle : '', entry.location].filter(Boolean).join(' · ');
  return (
    <Entry
      title={safeLink(entry.titleHref, heading)}
      when={dateRange(entry.dates, present)}
    >
      {sub ? <p class="entry-sub">{sub}</p> : null}
      {prose(entry.description, 'entry-meta')}
      {prose(entry.summary, 'entry-body')}
      {highlights(entry.highlights)}
      {keywords(entry.keywords)}
      {entry.links.length ? <div class="entry-meta">{links(entry.links)}</div> : null}
    </Entry>
  );
}

export function DatedEntries({ entries, present }: { entries: EntryView[]; present: string }) {
  return (
    <EntryList>
      {entries.map((entry, index) => <DatedEntry key={index} entry={entry} present={present} />)}
    </EntryList>
  );
}
