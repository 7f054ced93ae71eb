// Publications with the research extension: venue, status, authors, links, doi/arXiv, award, type.
import type { AuthorView, LinkView, PublicationGroupView, PublicationView, PublicationsView } from './types';
import type { ModelContext } from './context';
import { bool, isObject, objects, str, strings, type JsonObject } from './read';
import { toDateView } from './dates';
import { parseInlineMarkdown } from './markdown';
import { splitAuthorMarks } from './names';
import { displayUrl, safeUrl } from './url';

export const DOI_PREFIX = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i;
export const ARXIV_PREFIX = /^(?:https?:\/\/arxiv\.org\/(?:abs|pdf)\/|arxiv:\s*)/i;

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

function isLink(link: LinkView | undefined): link is LinkView {
  return link !== undefined;
}

function toLink(value: unknown): LinkView | undefined {
  const link: JsonObject = isObject(value) ? value : { url: value };
  const url = str(link.url) || str(link.href);
  const label = str(link.label) || str(link.name) || (url ? displayUrl(url) : '');
  return label ? { label, href: safeUrl(url) } : undefined;
}

/** The entry's own links, then its DOI and arXiv links. */
function toLinks(item: JsonObject): LinkView[] {
  // map/filter rather than a loop pushing into a literal []: V8 soon allocates such an array, which
  // always outlives the call, straight in the old generation, and that costs more GC than the copy.
  const links = Array.isArray(item.links) ? item.links.map(toLink).filter(isLink) : [];
  const doi = str(item.doi).replace(DOI_PREFIX, '');
  if (doi) links.push({ label: `doi:${doi}`, href: safeUrl(`https://doi.org/${encodeURI(doi)}`) });
  const arxiv = str(item.arxiv).replace(ARXIV_PREFIX, '');
  if (arxiv) links.push({ label: `arXiv:${arxiv}`, href: safeUrl(`https://arxiv.org/abs/${encodeURI(arxiv)}`) });
  return links;
}

function toPublication(item: JsonObject, ctx: ModelContext): PublicationView {
  const publisher = str(item.publisher);
  const venue = str(item.venue) || publisher;
  return {
    title: str(item.name) || str(item.title),
    href: safeUrl(str(item.url) || str(item.website)),
    authors: toAuthors(item.authors, ctx),
    venue,
    publisher: publisher === venue ? '' : publisher,
    status: str(item.status),
    award: str(item.award),
    type: str(item.type).toLowerCase(),
    selected: bool(item.selected),
    date: toDateView(item.releaseDate ?? item.date, ctx.formatMonth),
    summary: parseInlineMarkdown(str(item.summary)),
    highlights: strings(item.highlights).map(parseInlineMarkdown),
    links: toLinks(item),
  };
}

function hasContent(pub: PublicationView): boolean {
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

export function toPublications(value: unknown, ctx: ModelContext): PublicationsView {
  let items = objects(value).map((item) => toPublication(item, ctx)).filter(hasContent);
  if (ctx.options.selectedPublicationsOnly && items.some((pub) => pub.selected)) {
    items = items.filter((pub) => pub.selected);
  }
  return { groups: toGroups(items, ctx), legend: toLegend(items, ctx) };
}
