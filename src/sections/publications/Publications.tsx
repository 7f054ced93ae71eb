import type { Labels } from '../../i18n';
import type { PublicationView, PublicationsView } from './view';
import { authorList } from '../../elements/authors';
import { dateText } from '../../elements/dates';
import { entry, entryList } from '../../elements/entry';
import { highlights, links } from '../../elements/lists';
import { prose } from '../../elements/richText';
import { safeLink } from '../../elements/safeLink';

function venueLine(pub: PublicationView) {
  const parts = [
    pub.venue ? <span class="venue">{pub.venue}</span> : null,
    pub.publisher ? <span>{pub.publisher}</span> : null,
    pub.award ? <strong class="award">{pub.award}</strong> : null,
  ].filter(Boolean);
  if (!parts.length && !pub.status && !pub.links.length) return null;
  return (
    <div class="entry-sub">
      {parts.flatMap((part, index) => (index > 0 ? [' · ', part] : [part]))}
      {pub.status ? <span class="badge">{pub.status}</span> : null}
      {pub.links.length ? <>{parts.length || pub.status ? ' · ' : null}{links(pub.links)}</> : null}
    </div>
  );
}

/**
 * A component per paper, not a function: its elements are made when it renders and die young. Made
 * all at once, a long list's elements outlive several young-generation collections, which then copy them.
 */
function Publication({ pub, level }: { pub: PublicationView; level: 3 | 4 }) {
  return entry(
    { level, title: safeLink(pub.href, pub.title || pub.venue), when: dateText(pub.date) },
    authorList(pub.authors),
    venueLine(pub),
    prose(pub.summary, 'entry-body'),
    highlights(pub.highlights),
  );
}

export function Publications({ view }: { view: PublicationsView; labels: Labels }) {
  return (
    <>
      {view.groups.map((group, groupIndex) => (
        <div key={groupIndex}>
          {group.heading ? <h3 class="group-heading">{group.heading}</h3> : null}
          {entryList(group.items.map((pub) => <Publication pub={pub} level={group.heading ? 4 : 3} />))}
        </div>
      ))}
      {view.legend.length ? (
        <p class="legend">
          {view.legend.map((note) => <span key={note.mark}><sup>{note.mark}</sup> {note.meaning}</span>)}
        </p>
      ) : null}
    </>
  );
}
