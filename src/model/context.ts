import type { Labels } from './types';
import type { FormatMonth } from './dates';
import type { OwnerMatcher } from './names';
import type { ResolvedOptions } from './options';

/** What the section mappers need besides the section's own JSON. */
export interface ModelContext {
  labels: Labels;
  formatMonth: FormatMonth;
  isOwner: OwnerMatcher;
  options: ResolvedOptions;
}
