// One BibTeX entry -> one JSON Resume publication with the research extension fields.
import { alFolioFields } from './alfolio';
import type { Creator, Entry, LocatedEntry } from './parse';
import { ARXIV_ID, arxivFromUrl } from './identity';
import { cleanDoi } from '../../model/identifiers';
import { hostLabel, isWebUrl, unescapeUrl, type Link } from './links';
import type { Problem } from './problems';
import { plainText, titleText, verbatimText } from './text';

export type Publication = Record<string, string | string[] | boolean | Link[]>;

export interface Converted {
  publication: Publication;
  problems: Problem[];
}

const ET_AL = 'et al.';

function authorName(creator: Creator): string {
  // "and others", also braced as "and {others}" (Zotero).
  if ((creator.name ?? (creator.firstName ? '' : creator.lastName))?.toLowerCase() === 'others') return ET_AL;
  if (creator.name) return plainText(creator.name);
  // "\textbf{Doe, J.}" (a name in a formatting command) arrives as one unsplit "Last, First".
  const unsplit = !creator.firstName && !creator.prefix ? /^([^,]+),\s*([^,]+)$/.exec(plainText(creator.lastName)) : null;
  if (unsplit) return `${unsplit[2]} ${unsplit[1]}`;
  const name = plainText([creator.firstName, creator.prefix, creator.lastName].filter(Boolean).join(' '));
  return creator.suffix ? `${name}, ${plainText(creator.suffix)}` : name;
}

function authors(entry: Entry): string[] {
  // A backslash left in a name is an escape gone wrong ("Thei{\textbackslash}s sen"), never a letter.
  const names = (entry.fields.author ?? entry.fields.editor ?? []).map((creator) => authorName(creator).replace(/\\/g, '')).filter(Boolean);
  // "and others" closes the list once, wherever BibTeX put it.
  return names.includes(ET_AL) ? [...names.filter((name) => name !== ET_AL), ET_AL] : names;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

function monthNumber(value: string): number | undefined {
  const month = /^\d+$/.test(value) ? Number(value) : MONTHS.indexOf(value.slice(0, 3).toLowerCase()) + 1;
  return month >= 1 && month <= 12 ? month : undefined;
}

/** biblatex `date` when it is ISO-like, else year, month and day: "2024", "2024-10" or "2024-10-05". */
function releaseDate(fields: Entry['fields']): string {
  const iso = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(plainText(fields.date))?.[0];
  if (iso) return iso;
  const year = /\d{4}/.exec(plainText(fields.year) || plainText(fields.date))?.[0];
  if (!year) return '';
  const month = monthNumber(plainText(fields.month));
  if (!month) return year;
  const day = Number(plainText(fields.day));
  return day >= 1 && day <= 31 ? `${year}-${twoDigits(month)}-${twoDigits(day)}` : `${year}-${twoDigits(month)}`;
}

// Most specific first: "Accepted, to appear" is Accepted.
const STATUSES: [RegExp, string][] = [
  [/\b(?:under|in) (?:review|submission)\b/i, 'Under Review'],
  [/\bsubmitted\b/i, 'Submitted'],
  [/\baccepted\b/i, 'Accepted'],
  [/\bto appear\b|\bforthcoming\b/i, 'To Appear'],
  [/\bin ?press\b/i, 'In Press'],
  [/\bin prep(?:aration|\.)?(?:\s|$)/i, 'In Preparation'],
  [/\bpreprint\b|\bprepublished\b/i, 'Preprint'],
];

function status(fields: Entry['fields']): string {
  const note = `${plainText(fields.pubstate)} ${plainText(fields.note)}`;
  return STATUSES.find(([pattern]) => pattern.test(note))?.[1] ?? '';
}

function isArxivEprint(fields: Entry['fields']): boolean {
  const archive = plainText(fields.archiveprefix ?? fields.eprinttype).toLowerCase();
  return archive ? archive === 'arxiv' : new RegExp(`^${ARXIV_ID.source}$`).test(verbatimText(fields.eprint));
}

const ARXIV_DOI = /^10\.48550\/arxiv\.(.+)$/i;

function arxivId(fields: Entry['fields'], venue: string, url: string, doi: string): string {
  if (fields.eprint && isArxivEprint(fields)) return verbatimText(fields.eprint).replace(/^arxiv:\s*/i, '');
  const fromUrl = arxivFromUrl(url);
  if (fromUrl) return fromUrl;
  const fromDoi = ARXIV_DOI.exec(doi)?.[1];
  if (fromDoi) return fromDoi;
  // DBLP writes arXiv papers as journal = {CoRR}, volume = {abs/2410.10630}.
  const written = /arxiv[:\s]+(\S+)|^corr$/i.test(venue) ? `${venue} ${plainText(fields.volume)}` : '';
  return new RegExp(ARXIV_ID.source).exec(written)?.[0] ?? '';
}

const URL_ONLY = /^https?:\/\/\S+$/i;

function withoutTrailingComma(text: string): string {
  return text.replace(/[,;]\s*$/, '');
}

function venueOf(entry: Entry): string {
  const { fields } = entry;
  const candidates = [fields.booktitle, fields.journal, fields.journaltitle, fields.howpublished].map(plainText);
  // An @unpublished work (a talk, a poster) says where it was presented in its note.
  if (entry.type === 'unpublished' && !status(fields)) candidates.push(plainText(fields.note));
  return withoutTrailingComma(candidates.find((text) => text && !URL_ONLY.test(text)) ?? '');
}

/** publisher, institution and organization are lists to BibTeX ("Taylor and Francis" is two). */
function listText(value: unknown): string {
  return Array.isArray(value) ? value.map(plainText).filter(Boolean).join(' and ') : plainText(value);
}

function publisherOf(fields: Entry['fields']): string {
  const candidates = [fields.publisher, fields.school, fields.institution, fields.organization].map(listText);
  return withoutTrailingComma(candidates.find(Boolean) ?? '');
}

const TYPE_BY_ENTRY: Record<string, string> = {
  article: 'journal',
  inproceedings: 'conference',
  conference: 'conference',
  phdthesis: 'thesis',
  mastersthesis: 'thesis',
  thesis: 'thesis',
  book: 'book',
  mvbook: 'book',
  incollection: 'chapter',
  inbook: 'chapter',
  techreport: 'report',
  report: 'report',
  software: 'software',
  dataset: 'dataset',
};

// A @misc whose only address is a code or package host is software (Zotero's "computer program"
// exported as BibTeX, hand-written entries for libraries).
const SOFTWARE_HOST =
  /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|pypi\.org|cran\.r-project\.org|hackage\.haskell\.org|crates\.io|npmjs\.com)\//i;

function typeOf(entry: Entry, venue: string, arxiv: string, doi: string, url: string): string {
  if (/\bworkshop\b/i.test(venue)) return 'workshop';
  const onlyOnArxiv = arxiv && (!venue || /^(?:arxiv|corr)\b/i.test(venue));
  if (onlyOnArxiv || (arxiv && /^(?:misc|unpublished|online)$/.test(entry.type))) return 'preprint';
  if (/^(?:misc|online|electronic|www)$/.test(entry.type) && !venue && !doi && SOFTWARE_HOST.test(url)) return 'software';
  return TYPE_BY_ENTRY[entry.type] ?? (entry.type === 'unpublished' ? 'preprint' : '');
}

function withoutEmpty(publication: Publication): Publication {
  return Object.fromEntries(Object.entries(publication).filter(([, value]) => (typeof value === 'boolean' ? value : value.length > 0)));
}

/** The DOI, or the web address that was written where the DOI belongs (reported, kept as a link). */
function doiAndLink(entry: Entry, line: number, url: string, problems: Problem[]): { doi: string; link?: Link } {
  const written = unescapeUrl(verbatimText(entry.fields.doi));
  if (isWebUrl(written) && !/doi\.org\//i.test(written)) {
    problems.push({
      line,
      key: entry.key,
      severity: 'warning',
      message: `doi = {${written}} is a web address, not a DOI: moved to the links`,
    });
    return { doi: '', link: written === url ? undefined : { label: hostLabel(written), url: written } };
  }
  return { doi: cleanDoi(written || (/doi\.org\//i.test(url) ? url : '')) };
}

export function toPublication({ entry, line }: LocatedEntry): Converted {
  const { fields } = entry;
  const problems: Problem[] = [];
  let venue = venueOf(entry);
  const howpublished = plainText(fields.howpublished);
  const url = unescapeUrl(verbatimText(fields.url)) || (URL_ONLY.test(howpublished) ? howpublished : '');
  const { doi, link } = doiAndLink(entry, line, url, problems);
  const arxiv = arxivId(fields, venue, url, doi);
  // "arXiv preprint arXiv:2410.10630": the id is shown as its own link, so the venue need not repeat it.
  if (arxiv)
    venue = withoutTrailingComma(
      venue.replace(new RegExp(`\\s*arxiv:\\s*${arxiv.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`, 'i'), '').trim(),
    );
  const alFolio = alFolioFields(entry, line, problems);
  const links = [...(link ? [link] : []), ...alFolio.links].filter(
    (candidate, index, all) => candidate.url !== url && all.findIndex((other) => other.url === candidate.url) === index,
  );
  const shortVenue = alFolio.shortVenue && alFolio.shortVenue !== venue ? alFolio.shortVenue : '';
  const publication = withoutEmpty({
    name: titleText(fields.title),
    authors: authors(entry),
    venue: shortVenue || venue,
    venueFull: shortVenue ? venue : '',
    publisher: publisherOf(fields),
    releaseDate: releaseDate(fields),
    status: status(fields),
    type: typeOf(entry, venue, arxiv || alFolio.arxiv, doi, url),
    url,
    doi,
    arxiv: arxiv || alFolio.arxiv,
    links,
    award: alFolio.award,
    highlights: alFolio.awardText ? [alFolio.awardText] : [],
    selected: alFolio.selected,
    abstract: alFolio.abstract,
  });
  if (!publication.name) problems.push({ line, key: entry.key, severity: 'warning', message: 'no title' });
  return { publication, problems };
}
