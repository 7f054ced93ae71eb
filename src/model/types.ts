// The shared parts of the view model: what the section components read. Built from untrusted JSON;
// every field here is already typed, trimmed, escaped-by-construction (plain strings) and URL-checked.
// Each section's own view type lives with its section in src/sections/.

export type FormattingKind = 'em' | 'strong' | 'del' | 'i' | 'b' | 'u' | 'sub' | 'sup';

/** Inline markdown and allow-listed inline HTML, parsed into a small tree that components turn into elements. */
export type Inline =
  /** `htmlSafe`: the text has none of the characters HTML escapes (`&`, `<`, `"`), found while it was read. */
  | { kind: 'text'; text: string; htmlSafe?: true }
  | { kind: FormattingKind; children: Inline[] }
  | { kind: 'code'; text: string }
  | { kind: 'link'; href: string; children: Inline[] }
  | { kind: 'break' };

export type RichText = Inline[];

/** A calendar date as written in the resume. `iso` is set only when it parsed. */
export interface DateView {
  text: string;
  iso?: string;
}

export interface DateRangeView {
  start?: DateView;
  end?: DateView;
  /** True when there is a start date but no end date, or the end is written as "present". */
  ongoing: boolean;
}

export interface LinkView {
  label: string;
  /** Absent when the resume gave no URL, or one that failed the safe-URL check. */
  href?: string;
}

export interface AuthorView {
  name: string;
  isOwner: boolean;
  /** Trailing marks such as `*` or `†`, explained once in the legend. */
  marks: string;
  /** A co-author's page (the `coauthors` option), checked. */
  href?: string;
}

/**
 * An author of a paper. Most co-authors have no mark, page or bold: they are kept as their name
 * alone, not as an object each (1,400 papers of 20 authors: 2 MB less to allocate a render).
 */
export type Author = string | AuthorView;

/** Where names of a shortened author list are left out: "…", or "… and 4 more" at the last gap. */
export interface AuthorGap {
  gap: string;
}

/** Where an item came from in the resume (a JSON pointer), set only when validate() builds the view. */
export interface Located {
  at?: string;
}

/** The common shape of a dated entry: work, volunteering, projects, service and the like. */
export interface EntryView extends Located {
  title: string;
  titleHref?: string;
  subtitle: string;
  location: string;
  /** What the organisation or project is: work.description, projects[].description. */
  description: RichText;
  dates: DateRangeView;
  summary: RichText;
  highlights: RichText[];
  keywords: string[];
  /** Extra links shown under the entry (e.g. a URL that was not the title's). */
  links: LinkView[];
  /** Several roles at one place (work[].positions[]), each laid out as an entry of its own. */
  roles: EntryView[];
  /** A short status or kind, shown as a badge: "Invited", "Awarded", "Pending". */
  badge: string;
  /** Facts shown each on a line of their own: an amount, a patent number, where a student went. */
  facts: string[];
  /** People listed with the entry (a patent's inventors), the owner in bold. */
  people: AuthorView[];
}

/** Citation figures: the sums of the papers' counts, or as written for the whole profile. */
export interface CitationMetrics {
  /** The sum of all counts. */
  citations: number;
  /** The largest h such that h papers have at least h citations each. */
  hIndex: number;
  /** The number of papers with at least 10 citations. */
  i10Index: number;
}
