// Work, volunteering and projects share one layout: title, dates, role, location, prose, bullets.
import type { EntryView } from '../model/types';
import { DateRange } from './DateRange';
import { Entry, EntryList } from './Entry';
import { Highlights, Keywords, Links } from './Lists';
import { Prose } from './RichText';
import { SafeLink } from './SafeLink';

function DatedEntry({ entry, present }: { entry: EntryView; present: string }) {
  const heading = entry.title || entry.subtitle;
  const sub = [entry.title ? entry.subtitle : '', entry.location].filter(Boolean).join(' · ');
  return (
    <Entry
      title={<SafeLink href={entry.titleHref}>{heading}</SafeLink>}
      when={<DateRange range={entry.dates} present={present} />}
    >
      {sub ? <p class="entry-sub">{sub}</p> : null}
      <Prose class="entry-meta" value={entry.description} />
      <Prose class="entry-body" value={entry.summary} />
      <Highlights items={entry.highlights} />
      <Keywords items={entry.keywords} />
      {entry.links.length ? <div class="entry-meta"><Links links={entry.links} /></div> : null}
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
