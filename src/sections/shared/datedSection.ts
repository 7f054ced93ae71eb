import type { SectionKey } from '../../i18n';
import type { ModelContext } from '../../model/context';
import type { EntryView } from '../../model/types';
import { hasContent, lineEntry, toEntry, type EntryFields } from '../../model/entry';
import type { RawEntry, SectionDescriptor } from '../descriptor';
import { datedEntries } from './DatedEntry';
import { mapped } from '../../arrays';

/** An entry of a dated section: as written, or built already (see DatedView). */
interface DatedItem {
  written?: RawEntry;
  view?: EntryView;
}

/**
 * A dated section's entries, each built when the page writes it, so that no entry's view outlives
 * its entry on a long list (as the publication list's papers). Built already: the first entry that
 * shows anything (without one the section is empty), a named group's entry, and every entry under
 * validate().
 */
export interface DatedView {
  items: DatedItem[];
  /** The entry's view, or undefined when it shows nothing. */
  entry: (item: DatedItem) => EntryView | undefined;
  /** The titles of the ongoing entries built so far: in work, the organisations of the JSON-LD's person. */
  ongoing: string[];
}

type DatedSectionSpec<K extends SectionKey> = Omit<SectionDescriptor<K, DatedView>, 'build' | 'isEmpty' | 'Component'> & {
  fields: EntryFields;
  /** Section-specific touches on the built entry (e.g. teaching terms as its dates). */
  finish?(view: EntryView, entry: RawEntry, ctx: ModelContext): void;
};

/** A section of dated entries, all laid out by DatedEntry; the fields name where each part comes from. */
export function datedSection<K extends SectionKey>({
  fields,
  finish,
  ...descriptor
}: DatedSectionSpec<K>): SectionDescriptor<K, DatedView> {
  const build = (entry: RawEntry, ctx: ModelContext): EntryView | undefined => {
    const view = toEntry(entry, fields, ctx);
    // In the projects[] form, `type` says which section the entry belongs to, not what kind of entry it is.
    if (view.badge && descriptor.projectTypes?.includes(view.badge.toLowerCase())) view.badge = '';
    finish?.(view, entry, ctx);
    return hasContent(view) ? view : undefined;
  };
  const builtViews = (entries: readonly RawEntry[], ctx: ModelContext): EntryView[] => entries.flatMap((entry) => build(entry, ctx) ?? []);
  const datedView = (items: DatedItem[], ctx: ModelContext): DatedView => {
    const ongoing: string[] = [];
    const entry = (item: DatedItem): EntryView | undefined => {
      const view = item.view ?? (item.written === undefined ? undefined : build(item.written, ctx));
      if (view?.title && view.dates.ongoing) ongoing.push(view.title);
      return view;
    };
    return { items, entry, ongoing };
  };
  return {
    ...descriptor,
    build: (entries, ctx) => {
      if (ctx.lint)
        return datedView(
          mapped(builtViews(entries, ctx), (view) => ({ view })),
          ctx,
        );
      const items: DatedItem[] = [];
      for (const written of entries) {
        if (items.length) {
          items.push({ written });
          continue;
        }
        const view = build(written, ctx);
        if (view) items.push({ view });
      }
      return datedView(items, ctx);
    },
    // A named group is an entry titled with its name, holding the group's entries, as in sections of one's own.
    grouped: (groups, ctx) =>
      datedView(
        groups.flatMap(({ heading, entries }) => {
          const views = builtViews(entries, ctx);
          return heading && views.length
            ? [{ view: { ...lineEntry(''), title: heading, roles: views } }]
            : mapped(views, (view) => ({ view }));
        }),
        ctx,
      ),
    isEmpty: (view) => view.items.length === 0,
    Component: ({ view, labels }) => datedEntries(mapped(view.items, view.entry), labels.present),
  };
}
