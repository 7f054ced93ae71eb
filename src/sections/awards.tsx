import type { DateView, LinkView, Located, RichText } from '../model/types';
import { dateOf, linkList, located, rich, urlOf } from '../model/fields';
import { firstStr, str } from '../model/read';
import { WRITTEN_DATE_FIELDS } from '../model/entry';
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
  date?: DateView;
  summary: RichText;
  links: LinkView[];
}

export const awards = listSection({
  key: 'awards',
  item: (entry, ctx) => {
    if (typeof entry === 'string') return { title: entry, awarder: '', summary: [], links: [] };
    const item: AwardView = {
      at: located(entry, ctx),
      title: firstStr(entry, ['title', 'name']),
      href: urlOf(entry, ctx).href,
      awarder: str(entry.awarder),
      date: dateOf(entry, WRITTEN_DATE_FIELDS, ctx),
      summary: rich(entry.summary),
      links: linkList(entry.links, ctx),
    };
    return item.title || item.awarder || item.summary.length || item.date || item.href || item.links.length ? item : undefined;
  },
  Component: ({ view }) =>
    entryList(
      view.map((item) =>
        entry(
          { title: safeLink(item.href, item.title || item.awarder), when: dateText(item.date) },
          item.title && item.awarder ? <p class="entry-sub">{item.awarder}</p> : null,
          prose(item.summary, 'entry-body'),
          item.links.length ? <div class="entry-meta">{links(item.links)}</div> : null,
        ),
      ),
    ),
  schema: {
    items: {
      properties: {
        url: { type: 'string', description: 'A page about the award.', format: 'uri-reference' },
        links: linksSchema(),
      },
    },
  },
});
