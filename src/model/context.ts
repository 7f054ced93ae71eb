import type { FormatDay, FormatMonth, FormatNumber, Labels } from '../i18n';
import type { NameMatcher } from './names';
import type { ResolvedOptions } from './options';
import type { CitationMetrics } from './types';

/** Where validate() collects warnings while the view is built; render() has none. */
export interface LintSink {
  warn(path: string, message: string): void;
}

/** What the section builders need besides the section's own JSON. */
export interface ModelContext {
  labels: Labels;
  formatMonth: FormatMonth;
  formatNumber: FormatNumber;
  formatDay: FormatDay;
  /** The owner's names as written (basics.name, then nameVariants), for messages. */
  ownerNames: string[];
  isOwner: NameMatcher;
  /** True for an author named in the mentoring section; only when the markMentees option is set. */
  isMentee?: NameMatcher;
  options: ResolvedOptions;
  /** Citation figures written for the whole profile (top-level citationMetrics), read for the metrics option. */
  profileMetrics?: Partial<CitationMetrics>;
  lint?: LintSink;
}
