// Work, volunteering, projects, the research sections and sections of one's own share one layout:
// title and badge, dates, subtitle and place, people, prose, facts, bullets, keywords, links, roles.
import type { VNode } from 'preact';
import type { EntryView } from '../../model/types';
import { authorList } from '../../elements/authors';
import { dateRange } from '../../elements/dates';
import { entry, entryList } from '../../elements/entry';
import { highlights, keywords, links } from '../../elements/lists';
import { prose } from '../../elements/richText';
import { safeLink } from '../../elements/safeLink';
import { mapped } from '../../arrays';

function datedEntry(item: EntryView, present: string, level: 3 | 4 = 3): VNode {
  const heading = item.title || item.subtitle;
  const subtitle = item.title ? item.subtitle : '';
  const sub = subtitle && item.location ? `${subtitle} · ${item.location}` : subtitle || item.location;
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
          mapped(item.roles, (role) => datedEntry(role, present, 4)),
          'entries roles',
        )
      : null,
  );
}

/** The entries in a list; an entry that shows nothing (undefined) is left out. */
export function datedEntries(items: (EntryView | undefined)[], present: string) {
  return entryList(mapped(items, (item) => (item ? datedEntry(item, present) : null)));
}
