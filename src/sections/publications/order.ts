// The order publications are shown in: sorted, grouped, and numbered in the order shown.
import type { PublicationTypeHeadings } from '../../i18n';
import type { ModelContext } from '../../model/context';
import type { PublicationNumbering } from '../../model/options';
import type { ListedPaper, PublicationGroupView } from './view';
import { kept, mapped } from '../../arrays';

/** Text in descending order: ISO dates and years, as text (not localeCompare, whose first call in a process loads ICU's collation data). */
function compareDescending(a: string, b: string): number {
  return a === b ? 0 : a < b ? 1 : -1;
}

/** Undated papers first (under review, preprints) as written, then the dated ones, newest first. Stable. */
export function sortByDate(items: ListedPaper[]): ListedPaper[] {
  const undated: ListedPaper[] = [];
  const dated: ListedPaper[] = [];
  for (const paper of items) (paper.date?.iso ? dated : undated).push(paper);
  // ISO dates compare as text; "2023" (a year alone) sorts after the months of 2023.
  dated.sort((a, b) => compareDescending(a.date?.iso ?? '', b.date?.iso ?? ''));
  return undated.length ? [...undated, ...dated] : dated;
}

type PublicationType = keyof PublicationTypeHeadings;

/** The number prefix of each type's group with groupPublications "type": [J3], [C12], [BC1]. */
const TYPE_PREFIXES: Record<PublicationType, string> = {
  journal: 'J',
  conference: 'C',
  workshop: 'W',
  preprint: 'P',
  thesis: 'T',
  book: 'B',
  chapter: 'BC',
  other: 'O',
};

/** BibTeX entry types, as people also write them in `type`. */
const BIBTEX_TYPES = new Map<string, PublicationType>([
  ['article', 'journal'],
  ['inproceedings', 'conference'],
  ['proceedings', 'conference'],
  ['phdthesis', 'thesis'],
  ['mastersthesis', 'thesis'],
  ['incollection', 'chapter'],
  ['inbook', 'chapter'],
  ['mvbook', 'book'],
  ['unpublished', 'preprint'],
]);

// Words that name a type inside a longer phrase ("Journal Article", "Book chapter", "PhD dissertation"),
// checked in this order: "workshop" before "conference", "chapter" before "book".
const TYPE_WORDS: [RegExp, PublicationType][] = [
  [/\bjournal/, 'journal'],
  [/\bworkshop/, 'workshop'],
  [/\b(?:conference|proceedings|symposium)/, 'conference'],
  [/\b(?:preprint|arxiv|manuscript)/, 'preprint'],
  [/\b(?:thesis|dissertation)/, 'thesis'],
  [/\bchapter/, 'chapter'],
  [/\bbook/, 'book'],
];

/** The group of a paper's `type` (lower case): a known type, a BibTeX entry type, a phrase naming one, else "other". */
export function typeGroup(type: string, known: readonly string[]): PublicationType {
  if (known.includes(type)) return type as PublicationType;
  return BIBTEX_TYPES.get(type) ?? TYPE_WORDS.find(([words]) => words.test(type))?.[1] ?? 'other';
}

function groupBy(items: ListedPaper[], keyOf: (paper: ListedPaper) => string): Map<string, ListedPaper[]> {
  const groups = new Map<string, ListedPaper[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

export function toGroups(items: ListedPaper[], ctx: ModelContext): PublicationGroupView[] {
  const { publicationTypes } = ctx.labels;
  switch (ctx.options.groupPublications) {
    case 'type': {
      const known = Object.keys(publicationTypes) as PublicationType[];
      const groups = groupBy(items, (paper) => typeGroup(paper.type, known));
      return mapped(
        kept(known, (type) => groups.has(type)),
        (type) => ({ key: type, heading: publicationTypes[type], items: groups.get(type) ?? [] }),
      );
    }
    case 'year': {
      const groups = groupBy(items, (paper) => paper.date?.iso?.slice(0, 4) ?? '');
      const years = [...groups.keys()].sort((a, b) => compareDescending(a || '0', b || '0'));
      return mapped(years, (year) => ({ key: year, heading: year || publicationTypes.other, items: groups.get(year) ?? [] }));
    }
    default:
      return items.length ? [{ key: '', heading: '', items }] : [];
  }
}

/**
 * The groups the resume writes ("Posters", "Talks"), in the order written (`headings`, one per
 * entry), each holding its papers in the order shown; a group with no paper shown is left out.
 */
export function writtenGroups(
  items: ListedPaper[],
  headings: readonly string[],
  headingOf: (paper: ListedPaper) => string,
): PublicationGroupView[] {
  const groups = groupBy(items, headingOf);
  return [...new Set(headings)].flatMap((heading) => {
    const papers = groups.get(heading);
    return papers ? [{ key: heading, heading, items: papers }] : [];
  });
}

function numberRun(items: ListedPaper[], prefix: string, numbering: PublicationNumbering, start: number): void {
  items.forEach((paper, index) => {
    const number = numbering === 'descending' ? start - index : start + index;
    paper.number = `[${prefix}${number}]`;
  });
}

/**
 * Visible numbers in the order shown: one run for the whole list ([1] … [n], or [n] … [1] when
 * descending), or one run per type group, each with its prefix ([J1], [C1], …).
 */
export function numberGroups(groups: PublicationGroupView[], numbering: PublicationNumbering, byType: boolean): void {
  if (numbering === 'none') return;
  if (byType) {
    for (const group of groups) {
      numberRun(
        group.items,
        TYPE_PREFIXES[group.key as PublicationType] ?? '',
        numbering,
        numbering === 'descending' ? group.items.length : 1,
      );
    }
    return;
  }
  const total = groups.reduce((sum, group) => sum + group.items.length, 0);
  let next = numbering === 'descending' ? total : 1;
  for (const group of groups) {
    numberRun(group.items, '', numbering, next);
    next += numbering === 'descending' ? -group.items.length : group.items.length;
  }
}
