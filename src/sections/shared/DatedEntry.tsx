// Work, volunteering, projects, the research sections and sections of one's own share one layout:
// title and badge, dates, subtitle and place, people, prose, facts, bullets, keywords, links, roles.
import type { EntryView } from '../../model/types';
import { authorList } from '../../elements/authors';
import { dateRange } from '../../elements/dates';
import { entry, entryList } from '../../elements/entry';
import { highlights, keywords, links } from '../../elements/lists';
import { prose } from '../../elements/richText';
import { safeLink } from '../../elements/safeLink';

/** A component per entry, not a function, for the reason given at Publication. */
function DatedEntry({ item, present, level = 3 }: { item: EntryView; present: string; level?: 3 | 4 }) {
  const heading = item.title || item.subtitle;
  const sub = [item.title ? item.subtitle : '', item.location].filter(Boolean).join(' · ');
  return entry(
    { title: safeLink(item.titleHref, heading), when: dateRange(item.dates, present), badge: item.badge, level },
    sub ? <p class="entry-sub">{sub}</p> : null,
    authorList(item.people),
    prose(item.description, 'entry-meta'),
    item.facts.length ? <p class="entry-meta">{item.facts.join(' · ')}</p> : null,
    prose(item.summary, 'entry-body'),
    highlights(item.highlights),
    keywords(item.keywords),
    item.links.length ? <div class="entry-meta">{links(item.links)}</div> : null,
    item.roles.length
      ? entryList(
          item.roles.map((role) => <DatedEntry item={role} present={present} level={4} />),
          'entries roles',
        )
      : null,
  );
}

export function datedEntries(items: EntryView[], present: string) {
  return entryList(items.map((item) => <DatedEntry item={item} present={present} />));
}
