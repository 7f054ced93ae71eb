// What identifies a publication: its DOI and arXiv id (as written, with or without their URL prefix;
// cleaned and checked), and its title compared without case, accents or punctuation.

const DOI_PREFIX = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i;
const ARXIV_PREFIX = /^(?:https?:\/\/arxiv\.org\/(?:abs|pdf)\/|arxiv:\s*)/i;
const DOI = /^10\.\d{4,9}\/\S+$/;
// New-style arXiv ids are YYMM.NNNN (to 2014) or YYMM.NNNNN; old ones archive(.SC)/YYMMNNN.
const ARXIV_NEW = /^\d{2}(?:0[1-9]|1[0-2])\.\d{4,5}(?:v\d+)?$/;
const ARXIV_OLD = /^[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?\/\d{2}(?:0[1-9]|1[0-2])\d{3}(?:v\d+)?$/;

/** "https://doi.org/10.1/x" or "doi:10.1/x" → "10.1/x" (sometimes both: "https://doi.org/doi:10.1/x"). */
export function cleanDoi(value: string): string {
  let doi = value.trim();
  while (DOI_PREFIX.test(doi)) doi = doi.replace(DOI_PREFIX, '').trim();
  return doi;
}

/** "https://arxiv.org/abs/2410.10630" or "arXiv:2410.10630" → "2410.10630". */
export function cleanArxiv(value: string): string {
  return value.trim().replace(ARXIV_PREFIX, '').trim();
}

/** A title as compared for sameness: "Thinking LLMs: General…" and "thinking llms – general…" are one. */
export function titleKey(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export function isDoi(doi: string): boolean {
  return DOI.test(doi);
}

/** validate()'s words for a DOI field that holds no DOI. */
export function notADoi(doi: string): string {
  return `"${doi}" is not a DOI: a DOI looks like 10.1145/3368089.3409740.`;
}

export function isArxivId(id: string): boolean {
  return ARXIV_NEW.test(id) || ARXIV_OLD.test(id);
}

// What encodeURI leaves as it is. Most identifiers are made of these alone; encodeURI still builds a
// new string for them, at about 1,200 instructions a call.
const URI_AS_IS = /^[\w.!~*'()\-;/?:@&=+$,#]*$/;

// A lone surrogate (half of an emoji, cut) makes encodeURI throw; it becomes U+FFFD first, the
// character a page encoded as UTF-8 shows in its place.
const LONE_SURROGATE = /\p{Cs}/gu;

function encodedUri(text: string): string {
  return URI_AS_IS.test(text) ? text : encodeURI(text.replace(LONE_SURROGATE, '\uFFFD'));
}

export function doiUrl(doi: string): string {
  return `https://doi.org/${encodedUri(doi)}`;
}

export function arxivUrl(id: string): string {
  return `https://arxiv.org/abs/${encodedUri(id)}`;
}

export function pubmedUrl(pmid: string): string {
  return `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`;
}
