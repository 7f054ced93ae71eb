import { Fragment } from 'preact';
import type { PublicationView } from '../model/types';
import { authorList } from '../components/AuthorList';
import { dateText } from '../components/DateRange';
import { Entry, EntryList } from '../components/Entry';
import { highlights, links } from '../components/Lists';
import { prose } from '../components/RichText';
import { safeLink } from '../components/SafeLink';
import type { SectionProps } from './props';

function VenueLine({ pub }: { pub: PublicationView }) {
  const parts = [
    pub.venue ? <span class="venue">{pub.venue}</span> : null,
    pub.publisher ? <span>{pub.publisher}</span> : null,
    pub.award ? <strong class="award">{pub.award}</strong> : null,
  ].filter(Boolean);
  if (!parts.length && !pub.status && !pub.links.length) return null;
  return (
    <div class="entry-sub">
      {parts.map((part, index) => <Fragment key={index}>{index > 0 ? ' · ' : null}{part}</Fragment>)}
      {pub.status ? <span class="badge">{pub.status}</span> : null}
      {pub.links.length ? <>{parts.length || pub.status ? ' · ' : null}{links(pub.links)}</> : null}
    </div>
  );
}

function Publication({ pub, level }: { pub: PublicationView; level: 3 | 4 }) {
  return (
    <Entry level={level} title={safeLink(pub.href, pub.title || pub.venue)} when={dateText(pub.date)}>
      {authorList(pub.authors)}
      <VenueLine pub={pub} />
      {prose(pub.summary, 'entry-body')}
      {highlights(pub.highlights)}
    </Entry>
  );
}

export function Publications({ items }: SectionProps<'publications'>) {
  return (
    <>
      {items.groups.map((group, groupIndex) => (
        <div key={groupIndex}>
          {group.heading ? <h3 class="group-heading">{group.heading}</h3> : null}
          <EntryList>
            {group.items.map((pub, index) => <Publication key={index} pub={pub} level={group.heading ? 4 : 3} />)}
          </EntryList>
        </div>
      ))}
      {items.legend.length ? (
        <p class="legend">
          {items.legend.map((entry) => <span key={entry.mark}><sup>{entry.mark}</sup> {entry.meaning}</span>)}
        </p>
      ) : null}
    </>
  );
}
