// Author lists of papers: names and their marks, the owner found, co-authors' pages, and the
// shortened list that maxAuthors asks for.
import type { AuthorGap, AuthorView } from '../../model/types';
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

export function toAuthors(value: unknown, ctx: ModelContext, pageOf: CoauthorPages | undefined): AuthorView[] {
  const { isMentee } = ctx;
  const menteeMark = ctx.options.markMentees;
  return authorNames(value).map((written) => {
    const { name, marks: writtenMarks } = splitAuthorMarks(written);
    const marks = isMentee?.(name) && !writtenMarks.includes(menteeMark) ? writtenMarks + menteeMark : writtenMarks;
    const isOwner = ctx.isOwner(name);
    return pageOf ? { name, marks, isOwner, href: pageOf(name) } : { name, marks, isOwner };
  });
}

/**
 * The first `max` authors and the owner wherever they stand, with a gap ("…") where names are left
 * out; the last gap says how many are left out in all: "A, B, C, …, Owner, … and 4 more".
 */
export function shortenAuthors(authors: AuthorView[], max: number, andMore: (count: number) => string): (AuthorView | AuthorGap)[] {
  if (authors.length <= max) return authors;
  const shown: (AuthorView | AuthorGap)[] = [];
  let omitted = 0;
  let lastGap = -1;
  authors.forEach((author, index) => {
    if (index < max || author.isOwner) {
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

export function isGap(item: AuthorView | AuthorGap): item is AuthorGap {
  return 'gap' in item;
}
