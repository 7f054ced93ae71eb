// Author lists of papers: names and their marks, the owner found, co-authors' pages, and the
// shortened list that maxAuthors asks for.
import type { Author, AuthorGap } from '../../model/types';
import type { ModelContext } from '../../model/context';
import { authorNames, nameLookup, splitAuthorMarks } from '../../model/names';

/** A co-author's checked page by name, or undefined. */
export type CoauthorPages = (name: string) => string | undefined;

/** The lookup for the `coauthors` option, or undefined when it names no one with a usable URL. */
export function coauthorPages(ctx: ModelContext): CoauthorPages | undefined {
  const people: { name: string; value: string }[] = [];
  for (const { name, href } of ctx.options.coauthors) if (href) people.push({ name, value: href });
  return people.length ? nameLookup(people) : undefined;
}

/** The authors as written, each a name alone unless it has marks, is the owner or has a page. */
export function toAuthors(value: unknown, ctx: ModelContext, pageOf: CoauthorPages | undefined): Author[] {
  const { isMentee } = ctx;
  const menteeMark = ctx.options.markMentees;
  // authorNames() returns a new array, never the resume's: an author that needs more than a name replaces it there.
  const authors: Author[] = authorNames(value);
  for (let index = 0; index < authors.length; index++) {
    const written = authors[index] as string;
    const { name, marks: writtenMarks } = splitAuthorMarks(written);
    const marks = isMentee?.(name) && !writtenMarks.includes(menteeMark) ? writtenMarks + menteeMark : writtenMarks;
    const isOwner = ctx.isOwner(name);
    const href = pageOf?.(name);
    if (marks || isOwner || href) authors[index] = href ? { name, marks, isOwner, href } : { name, marks, isOwner };
  }
  return authors;
}

export function nameOf(author: Author): string {
  return typeof author === 'string' ? author : author.name;
}

export function isOwnerAuthor(author: Author): boolean {
  return typeof author !== 'string' && author.isOwner;
}

/** The marks after an author's name; none for a gap. */
export function marksOf(item: Author | AuthorGap): string {
  return typeof item === 'string' || isGap(item) ? '' : item.marks;
}

/**
 * The first `max` authors and the owner wherever they stand, with a gap ("…") where names are left
 * out; the last gap says how many are left out in all: "A, B, C, …, Owner, … and 4 more".
 */
export function shortenAuthors(authors: Author[], max: number, andMore: (count: number) => string): (Author | AuthorGap)[] {
  if (authors.length <= max) return authors;
  const shown: (Author | AuthorGap)[] = [];
  let omitted = 0;
  let lastGap = -1;
  authors.forEach((author, index) => {
    if (index < max || isOwnerAuthor(author)) {
      shown.push(author);
      return;
    }
    omitted += 1;
    if (lastGap !== shown.length - 1) {
      lastGap = shown.length;
      shown.push({ gap: '…' });
    }
  });
  if (omitted === 0) return authors;
  shown[lastGap] = { gap: `… ${andMore(omitted)}` };
  return shown;
}

function isGap(item: Author | AuthorGap): item is AuthorGap {
  return typeof item !== 'string' && 'gap' in item;
}
