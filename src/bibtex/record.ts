// A publication as BibTeX needs it, read from raw resume JSON the way the theme reads it.
import { authorNames, splitAuthorMarks } from '../model/names';
import { isObject, str, strings } from '../model/read';
import { cleanArxiv, cleanDoi } from '../model/identifiers';
import { withoutSmallCaps } from '../model/titleTags';
import { mapped } from '../arrays';

export interface BibRecord {
  /** The resume's kind of work: "journal", "conference", "preprint", "thesis", … or "". */
  type: string;
  /** As written, with its formatting tags (`<i>E. coli</i>`), which the entry writes as LaTeX commands. */
  title: string;
  /** As written in the resume ("First Last" or "Last, First"), marks such as "*" removed. */
  authors: string[];
  /** Where it appeared (the theme's venue: "NeurIPS 2023"), else the journal, else the publisher. */
  venue: string;
  /** The venue's full name when `venue` is its short form ("Advances in Neural …" for "NeurIPS"). */
  venueFull: string;
  /** The publisher when it is not already the venue. */
  publisher: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD, or the text as written. */
  date: string;
  doi: string;
  arxiv: string;
  url: string;
  /** "Under Review", "To Appear", … */
  status: string;
  abstract: string;
}

function authorList(value: unknown): string[] {
  return strings(mapped(authorNames(value), (author) => splitAuthorMarks(author).name));
}

/** The record of a resume publication, or undefined when it is not an object or has no title. */
export function recordFromJson(item: unknown): BibRecord | undefined {
  if (!isObject(item)) return undefined;
  const title = withoutSmallCaps(str(item.name) || str(item.title));
  if (!title) return undefined;
  const venue = str(item.venue) || str(item.journal) || str(item.publisher);
  const publisher = str(item.publisher);
  return {
    type: str(item.type).toLowerCase(),
    title,
    authors: authorList(item.authors ?? item.author),
    venue,
    venueFull: str(item.venueFull),
    publisher: publisher === venue ? '' : publisher,
    date: str(item.releaseDate) || str(item.date),
    doi: cleanDoi(str(item.doi)),
    arxiv: cleanArxiv(str(item.arxiv)).replace(/\.pdf$/i, ''),
    url: str(item.url) || str(item.website),
    status: str(item.status),
    abstract: withoutSmallCaps(str(item.abstract)),
  };
}
