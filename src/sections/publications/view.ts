// Publications with the research extension: venue, status, authors, links, doi/arXiv, award, type.
import type { AuthorView, DateView, LinkView, Located, RichText } from '../../model/types';
import type { ModelContext } from '../../model/context';
import type { RawEntry } from '../descriptor';
import { dateOf, linkList, located, rich, richList, urlOf } from '../../model/fields';
import { arxivUrl, cleanArxiv, cleanDoi, doiUrl } from '../../model/identifiers';
import { parseInlineMarkdown } from '../../model/markdown';
import { splitAuthorMarks } from '../../model/names';
import { bool, firstStr, str, strings, type JsonObject } from '../../model/read';
import { safeUrl } from '../../model/url';

export interface PublicationView extends Located {
  title: string;
  href?: string;
  authors: AuthorView[];
  venue: string;
  publisher: string;
  status: string;
  award: string;
  type: string;
  selected: boolean;
  date?: DateView;
  /** Identifiers without their URL prefix ("10.1145/…", "2410.10630"), as written. */
  doi: string;
  arxiv: string;
  summary: RichText;
  highlights: RichText[];
  links: LinkView[];
}

export interface PublicationGroupView {
  /** Empty when publications are not grouped. */
  heading: string;
  items: PublicationView[];
}

export interface PublicationsView {
  /** The section heading's override ("Selected Publications"), or empty for the usual one. */
  heading: string;
  groups: PublicationGroupView[];
  /** The marks used in author lists, with their meaning, in order of first use. */
  legend: { mark: string; meaning: string }[];
}

function authorList(value: unknown): string[] {
  // A single string is read as "A and B and C" or "A; B; C" (commas may sit inside "Last, First").
  if (typeof value === 'string') return strings(value.split(/\s*;\s*|\s+and\s+/));
  return strings(value);
}

function toAuthors(value: unknown, ctx: ModelContext): AuthorView[] {
  return authorList(value).map((written) => {
    const { name, marks } = splitAuthorMarks(written);
    return { name, marks, isOwner: ctx.isOwner(name) };
  });
}

/** The entry's own links, then its DOI and arXiv links. */
function toLinks(item: JsonObject, doi: string, arxiv: string, ctx: ModelContext): LinkView[] {
  const links = linkList(item.links, ctx);
  if (doi) links.push({ label: `doi:${doi}`, href: safeUrl(doiUrl(doi)) });
  if (arxiv) links.push({ label: `arXiv:${arxiv}`, href: safeUrl(arxivUrl(arxiv)) });
  return links;
}

/** A publication written as one line of text (a formatted citation): shown as that text. */
function citation(text: string): PublicationView {
  return {
    title: '',
    authors: [],
    venue: '',
    publisher: '',
    status: '',
    award: '',
    type: '',
    selected: false,
    doi: '',
    arxiv: '',
    summary: parseInlineMarkdown(text),
    highlights: [],
    links: [],
  };
}

export const VENUE_FIELDS = ['venue', 'journal', 'booktitle', 'conference'] as const;

export function toPublication(item: RawEntry, ctx: ModelContext): PublicationView {
  if (typeof item === 'string') return citation(item);
  const publisher = str(item.publisher);
  const venue = firstStr(item, VENUE_FIELDS) || publisher;
  const doi = cleanDoi(str(item.doi));
  const arxiv = cleanArxiv(str(item.arxiv));
  return {
    at: located(item, ctx),
    title: firstStr(item, ['name', 'title']),
    href: urlOf(item, ctx).href,
    authors: toAuthors(item.authors, ctx),
    venue,
    publisher: publisher === venue ? '' : publisher,
    status: str(item.status),
    award: str(item.award),
    type: str(item.type).toLowerCase(),
    selected: bool(item.selected),
    date: dateOf(item, ['releaseDate', 'date', 'year'], ctx),
    doi,
    arxiv,
    summary: rich(item.summary),
    highlights: richList(item.highlights),
    links: toLinks(item, doi, arxiv, ctx),
  };
}

export function hasContent(pub: PublicationView): boolean {
  return Boolean(
    pub.title || pub.venue || pub.href || pub.status || pub.award || pub.date || pub.authors.length ||
      pub.summary.length || pub.highlights.length || pub.links.length,
  );
}

function groupBy(items: PublicationView[], keyOf: (pub: PublicationView) => string): Map<string, PublicationView[]> {
  const groups = new Map<string, PublicationView[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function toGroups(items: PublicationView[], ctx: ModelContext): PublicationGroupView[] {
  const { publicationTypes } = ctx.labels;
  switch (ctx.options.groupPublications) {
    case 'type': {
      const known = Object.keys(publicationTypes) as (keyof typeof publicationTypes)[];
      const groups = groupBy(items, (pub) => ((known as string[]).includes(pub.type) ? pub.type : 'other'));
      return known
        .filter((type) => groups.has(type))
        .map((type) => ({ heading: publicationTypes[type], items: groups.get(type) ?? [] }));
    }
    case 'year': {
      const groups = groupBy(items, (pub) => pub.date?.iso?.slice(0, 4) ?? '');
      const years = [...groups.keys()].sort((a, b) => (b || '0').localeCompare(a || '0'));
      return years.map((year) => ({ heading: year || publicationTypes.other, items: groups.get(year) ?? [] }));
    }
    default:
      return items.length ? [{ heading: '', items }] : [];
  }
}

const MARK_MEANINGS: Record<string, 'legendEqual' | 'legendCorresponding'> = { '*': 'legendEqual', '†': 'legendCorresponding' };

function toLegend(items: PublicationView[], ctx: ModelContext): PublicationsView['legend'] {
  const used = new Set<string>();
  for (const pub of items) for (const author of pub.authors) for (const mark of author.marks) used.add(mark);
  return Object.entries(MARK_MEANINGS)
    .filter(([mark]) => used.has(mark))
    .map(([mark, key]) => ({ mark, meaning: ctx.labels[key] }));
}

export function toPublications(entries: readonly RawEntry[], ctx: ModelContext): PublicationsView {
  let items: PublicationView[] = [];
  for (const entry of entries) {
    const pub = toPublication(entry, ctx);
    if (hasContent(pub)) items.push(pub);
  }
  const selectedOnly = ctx.options.selectedPublicationsOnly && items.some((pub) => pub.selected);
  if (selectedOnly) items = items.filter((pub) => pub.selected);
  return {
    heading: selectedOnly ? ctx.labels.selectedPublications : '',
    groups: toGroups(items, ctx),
    legend: toLegend(items, ctx),
  };
}
