import type { SectionKey } from '../../i18n';
import type { ModelContext } from '../../model/context';
import type { EntryView } from '../../model/types';
import { hasContent, lineEntry, toEntry, type EntryFields } from '../../model/entry';
import { listSection, type RawEntry, type SectionDescriptor } from '../descriptor';
import { datedEntries } from './DatedEntry';

type DatedSectionSpec<K extends SectionKey> = Omit<SectionDescriptor<K, EntryView[]>, 'build' | 'isEmpty' | 'Component'> & {
  fields: EntryFields;
  /** Section-specific touches on the built entry (e.g. teaching terms as its dates). */
  finish?(view: EntryView, entry: RawEntry, ctx: ModelContext): void;
};

/** A section of dated entries, all laid out by DatedEntry; the fields name where each part comes from. */
export function datedSection<K extends SectionKey>({
  fields,
  finish,
  ...descriptor
}: DatedSectionSpec<K>): SectionDescriptor<K, EntryView[]> {
  const section = listSection({
    ...descriptor,
    item: (entry, ctx) => {
      const view = toEntry(entry, fields, ctx);
      // In the projects[] form, `type` says which section the entry belongs to, not what kind of entry it is.
      if (view.badge && descriptor.projectTypes?.includes(view.badge.toLowerCase())) view.badge = '';
      finish?.(view, entry, ctx);
      return hasContent(view) ? view : undefined;
    },
    Component: ({ view, labels }) => datedEntries(view, labels.present),
  });
  return {
    ...section,
    // A named group is an entry titled with its name, holding the group's entries, as in sections of one's own.
    grouped: (groups, ctx) =>
      groups.flatMap(({ heading, entries }) => {
        const view = section.build(entries, ctx);
        return heading && view.length ? [{ ...lineEntry(''), title: heading, roles: view }] : view;
      }),
  };
}
