import type { DateView, Located } from '../model/types';
import { dateOf, located, urlOf } from '../model/fields';
import { str } from '../model/read';
import { dateText } from '../elements/dates';
import { entry, entryList } from '../elements/entry';
import { safeLink } from '../elements/safeLink';
import { listSection } from './descriptor';
import { mapped } from '../arrays';

/** @public Named in the type declarations of SECTIONS (src/sections/registry.ts). */
export interface CertificateView extends Located {
  name: string;
  issuer: string;
  href?: string;
  date?: DateView;
}

export const certificates = listSection({
  key: 'certificates',
  item: (entry, ctx) => {
    if (typeof entry === 'string') return { name: entry, issuer: '' };
    const item: CertificateView = {
      at: located(entry, ctx),
      name: str(entry.name),
      issuer: str(entry.issuer),
      href: urlOf(entry, ctx).href,
      // A certificate has one date; some files write it as a startDate (elvis-aguero-….json).
      date: dateOf(entry, ['date', 'startDate'], ctx),
    };
    return item.name || item.issuer || item.href || item.date ? item : undefined;
  },
  Component: ({ view }) =>
    entryList(
      mapped(view, (item) =>
        entry(
          { title: safeLink(item.href, item.name || item.issuer), when: dateText(item.date) },
          item.name && item.issuer ? <p class="entry-sub">{item.issuer}</p> : null,
        ),
      ),
    ),
  schema: {},
});
