// Reading a built view in tests: a known section's view by key, and the pointers validate() names as not shown.
import type { SectionKey } from '../../src/i18n';
import type { SectionViews } from '../../src/sections/registry';
import type { EntryView } from '../../src/model/types';
import type { PublicationsView } from '../../src/sections/publications/view';
import type { DatedView } from '../../src/sections/shared/datedSection';
import type { ThemeView } from '../../src/view';
import { validate } from '../../src/schema/validate';

export function section<K extends SectionKey>(view: ThemeView, key: K): SectionViews[K] {
  const found = view.sections.find((shown) => shown.kind === 'known' && shown.key === key);
  if (!found) throw new Error(`no section ${key}`);
  return found.view as SectionViews[K];
}

export const notShown = (resume: unknown) =>
  validate(resume)
    .filter((problem) => / is not shown/.test(problem.message))
    .map((problem) => problem.path);

/** The publication groups with their papers built, as the page builds each when it writes its entry (and the legend can be read after). */
export function builtGroups(view: PublicationsView) {
  return view.groups.map((group) => ({ ...group, items: group.items.map(view.paper) }));
}

/** The papers of the list, built in the order shown. */
export const builtPapers = (view: PublicationsView) => builtGroups(view).flatMap((group) => group.items);

/** A dated section's entries, each built as the page builds it when it writes it; those that show nothing left out. */
export const entriesOf = (view: DatedView): EntryView[] =>
  view.items.map(view.entry).filter((entry): entry is EntryView => entry !== undefined);
