// What makes two publications the same paper: DOI, arXiv id, or the title with case, accents and
// punctuation ignored.
import { cleanDoi, titleKey } from '../../model/identifiers';
import { withoutTitleTags } from '../../model/titleTags';

const ARXIV_URL = /arxiv\.org\/(?:abs|pdf)\/([^?#\s]+?)(?:\.pdf)?(?:[?#]|$)/i;
/** New-style (2410.10630v2) and old-style (hep-th/9901001) arXiv identifiers. */
export const ARXIV_ID = /(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?/;

export function arxivFromUrl(url: string): string {
  return ARXIV_URL.exec(url)?.[1] ?? '';
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

export interface Identity {
  doi: string;
  arxiv: string;
  title: string;
  /** Software and data sets are other works than the paper that shares their title. */
  kind: 'paper' | 'software' | 'dataset';
}

function kindOf(type: string): Identity['kind'] {
  const lower = type.toLowerCase();
  return lower === 'software' || lower === 'dataset' ? lower : 'paper';
}

/** Identity of a publication object as written in a resume (name or title; doi/arxiv fields or links). */
export function identityOf(publication: Record<string, unknown>): Identity {
  const url = text(publication.url);
  const doi = cleanDoi(text(publication.doi) || (/doi\.org\//i.test(url) ? url : ''));
  const arxiv = (text(publication.arxiv).replace(/^arxiv:\s*/i, '') || arxivFromUrl(url)).replace(/v\d+$/, '');
  return {
    doi: doi.toLowerCase(),
    arxiv: arxiv.toLowerCase(),
    // Compared without formatting: `<i>E. coli</i>` imported from BibTeX is the E. coli written by hand.
    title: titleKey(withoutTitleTags(text(publication.name) || text(publication.title))),
    kind: kindOf(text(publication.type)),
  };
}

export type MatchReason = 'DOI' | 'arXiv id' | 'title';

/**
 * Why `a` and `b` are the same work, or undefined. Same title but different DOIs, or a paper and
 * its software, are different works.
 */
export function sameWork(a: Identity, b: Identity): MatchReason | undefined {
  if (a.doi && a.doi === b.doi) return 'DOI';
  if (a.arxiv && a.arxiv === b.arxiv) return 'arXiv id';
  if (a.title && a.title === b.title && a.kind === b.kind && !(a.doi && b.doi)) return 'title';
  return undefined;
}
