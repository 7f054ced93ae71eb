import type { DateView, LinkView, Located, RichText } from '../model/types';
import { dateOf, linkList, located, rich, urlOf } from '../model/fields';
import { firstStr, joinParts, str } from '../model/read';
import { WRITTEN_DATE_FIELDS, placeText } from '../model/entry';
import { dateText } from '../elements/dates';
import { entry, entryList } from '../elements/entry';
import { links } from '../elements/lists';
import { prose } from '../elements/richText';
import { safeLink } from '../elements/safeLink';
import { listSection } from './descriptor';
import { links as linksSchema } from './schemaParts';

/** @public Named in the type declarations of SECTIONS (src/sections/registry.ts). */
export interface AwardView extends Located {
  title: string;
  href?: string;
  awarder: string;
  /** The kind of award, as a badge: "Academic Excellence", "Fellowship". */
  category: string;
  location: string;
  date?: DateView;
  summary: RichText;
  links: LinkView[];
}

function hasContent(item: AwardView): boolean {
  return Boolean(
    item.title || item.awarder || item.category || item.location || item.summary.length || item.date || item.href || item.links.length,
  );
}

export const awards = listSection({
  key: 'awards',
  item: (entry, ctx) => {
    if (typeof entry === 'string') return { title: entry, awarder: '', category: '', location: '', summary: [], links: [] };
    const item: AwardView = {
      at: located(entry, ctx),
      title: firstStr(entry, ['title', 'name']),
      href: urlOf(entry, ctx).href,
      awarder: str(entry.awarder),
      category: str(entry.category),
      location: placeText(entry.location),
      date: dateOf(entry, WRITTEN_DATE_FIELDS, ctx),
      summary: rich(entry.summary),
      links: linkList(entry.links, ctx),
    };
    return hasContent(item) ? item : undefined;
  },
  Component: ({ view }) =>
    entryList(
      view.map((item) => {
        const sub = joinParts([item.title ? item.awarder : '', item.location], ' · ');
        return entry(
          { title: safeLink(item.href, item.title || item.awarder), when: dateText(item.date), badge: item.category },
          sub ? <p class="entry-sub">{sub}</p> : null,
          prose(item.summary, 'entry-body'),
          item.links.length ? <div class="entry-meta">{links(item.links)}</div> : null,
        );
      }),
    ),
  schema: {
    items: {
      properties: {
        url: { type: 'string', description: 'A page about the award.', format: 'uri-reference' },
        category: { type: 'string', description: 'The kind of award, shown as a badge: Fellowship, Best Paper, Teaching.' },
        location: { type: 'string', description: 'Where it was awarded, e.g. Vienna, Austria.' },
        links: linksSchema(),
      },
    },
  },
});
