// One BibTeX entry -> one JSON Resume publication with the research extension fields.
import type { Creator, Entry } from './parse';
import { ARXIV_ID, arxivFromUrl, cleanDoi } from './identity';
import { plainText } from './text';

export type Publication = Record<string, string | string[]>;

const ET_AL = 'et al.';

function authorName(creator: Creator): string {
  if (creator.name) return plainText(creator.name);
  if (!creator.firstName && creator.lastName?.toLowerCase() === 'others') return ET_AL;
  const name = plainText([creator.firstName, creator.prefix, creator.lastName].filter(Boolean).join(' '));
  return creator.suffix ? `${name}, ${plainText(creator.suffix)}` : name;
}

function authors(entry: Entry): string[] {
  const names = (entry.fields.author ?? entry.fields.editor ?? []).map(authorName).filter(Boolean);
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
  const year = /\d{4}/.exec(plainText(fields.year))?.[0];
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
  return archive ? archive === 'arxiv' : new RegExp(`^${ARXIV_ID.source}$`).test(plainText(fields.eprint));
}

function arxivId(fields: Entry['fields'], venue: string): string {
  if (fields.eprint && isArxivEprint(fields)) return plainText(fields.eprint).replace(/^arxiv:\s*/i, '');
  const fromUrl = arxivFromUrl(plainText(fields.url));
  if (fromUrl) return fromUrl;
  // DBLP writes arXiv papers as journal = {CoRR}, volume = {abs/2410.10630}.
  const written = /arxiv[:\s]+(\S+)|^corr$/i.test(venue) ? `${venue} ${plainText(fields.volume)}` : '';
  return new RegExp(ARXIV_ID.source).exec(written)?.[0] ?? '';
}

const URL_ONLY = /^https?:\/\/\S+$/i;

function venueOf(fields: Entry['fields']): string {
  const candidates = [fields.booktitle, fields.journal, fields.journaltitle, fields.howpublished].map(plainText);
  return candidates.find((text) => text && !URL_ONLY.test(text)) ?? '';
}

function publisherOf(entry: Entry): string {
  const { fields } = entry;
  return plainText(fields.publisher) || plainText(fields.school) || plainText(fields.institution) || plainText(fields.organization);
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
};

function typeOf(entry: Entry, venue: string, arxiv: string): string {
  if (/\bworkshop\b/i.test(venue)) return 'workshop';
  const onlyOnArxiv = arxiv && (!venue || /^(?:arxiv|corr)\b/i.test(venue));
  if (onlyOnArxiv || (arxiv && /^(?:misc|unpublished|online)$/.test(entry.type))) return 'preprint';
  return TYPE_BY_ENTRY[entry.type] ?? (entry.type === 'unpublished' ? 'preprint' : '');
}

function withoutEmpty(publication: Publication): Publication {
  return Object.fromEntries(Object.entries(publication).filter(([, value]) => value.length > 0));
}

export function toPublication(entry: Entry): Publication {
  const { fields } = entry;
  let venue = venueOf(fields);
  const arxiv = arxivId(fields, venue);
  // "arXiv preprint arXiv:2410.10630": the id is shown as its own link, so the venue need not repeat it.
  if (arxiv) venue = venue.replace(new RegExp(`\\s*arxiv:\\s*${arxiv.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`, 'i'), '').trim();
  const urlField = plainText(fields.url) || [fields.howpublished].map(plainText).find((text) => URL_ONLY.test(text)) || '';
  const doi = cleanDoi(plainText(fields.doi) || (/doi\.org\//i.test(urlField) ? urlField : ''));
  return withoutEmpty({
    name: plainText(fields.title),
    authors: authors(entry),
    venue,
    publisher: publisherOf(entry),
    releaseDate: releaseDate(fields),
    status: status(fields),
    type: typeOf(entry, venue, arxiv),
    url: urlField,
    doi,
    arxiv,
  });
}
