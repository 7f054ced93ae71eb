import type { DateRangeView, LinkView, Located, RichText } from '../model/types';
import { linkList, located, rich, urlOf, writtenDates } from '../model/fields';
import { firstStr, joinParts } from '../model/read';
import { NO_DATES, WRITTEN_DATE_FIELDS, placeText } from '../model/entry';
import { dateRange } from '../elements/dates';
import { entry, entryList } from '../elements/entry';
import { links } from '../elements/lists';
import { prose } from '../elements/richText';
import { safeLink } from '../elements/safeLink';
import { listSection } from './descriptor';
import { links as linksSchema } from './schemaParts';
import { mapped } from '../arrays';

/** @public Named in the type declarations of SECTIONS (src/sections/registry.ts). */
export interface AwardView extends Located {
  title: string;
  href?: string;
  awarder: string;
  /** The kind of award, as a badge: "Academic Excellence", "Fellowship". */
  category: string;
  location: string;
  /** One date, or a period ("2024-2025": a scholarship's years). */
  dates: DateRangeView;
  summary: RichText;
  links: LinkView[];
}

function hasContent(item: AwardView): boolean {
  return Boolean(
    item.title ||
    item.awarder ||
    item.category ||
    item.location ||
    item.summary.length ||
    item.dates.start ||
    item.href ||
    item.links.length,
  );
}

/** Who gives the award, under the names people write: a Lattes export's institution, a travel grant's funder. */
const AWARDER = ['awarder', 'institution', 'funder', 'issuer', 'organization'];

export const awards = listSection({
  key: 'awards',
  item: (entry, ctx) => {
    if (typeof entry === 'string')
      return { title: entry, awarder: '', category: '', location: '', dates: NO_DATES, summary: [], links: [] };
    const item: AwardView = {
      at: located(entry, ctx),
      // An award written as one line of text (francoispierrepaty-….json: `{ "year", "text" }`) is titled by it.
      title: firstStr(entry, ['title', 'name', 'text']),
      href: urlOf(entry, ctx).href,
      awarder: firstStr(entry, AWARDER),
      category: firstStr(entry, ['category', 'type']),
      location: placeText(entry.location),
      dates: writtenDates(entry, WRITTEN_DATE_FIELDS, ctx) ?? NO_DATES,
      summary: rich(entry.summary),
      links: linkList(entry.links, ctx),
    };
    return hasContent(item) ? item : undefined;
  },
  Component: ({ view, labels }) =>
    entryList(
      mapped(view, (item) => {
        const sub = joinParts([item.title ? item.awarder : '', item.location], ' · ');
        return entry(
          { title: safeLink(item.href, item.title || item.awarder), when: dateRange(item.dates, labels.present), badge: item.category },
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
