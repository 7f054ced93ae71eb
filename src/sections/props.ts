import type { Labels, SectionKey, SectionViews } from '../model/types';

/** What every section component gets: its own part of the view model, and the labels. */
export interface SectionProps<K extends SectionKey> {
  items: SectionViews[K];
  labels: Labels;
}
