// BibTeX entries for resume publications. Dependency-free: the theme shows each paper's entry,
// and `scholar export-bibtex` writes them all.
import { bibtexName, escapeLatex, escapeVerbatim, latexTitle, protectAnd } from './latex';
import { field } from '../model/read';
import { citationKeys } from './keys';
import type { BibRecord } from './record';
import { mapped } from '../arrays';

export { recordFromJson, type BibRecord } from './record';
export { citationKeys } from './keys';

/** The entry type and the field that names the venue, by the resume's publication type. */
const ENTRY_TYPES: Record<string, [entryType: string, venueField: string]> = {
  journal: ['article', 'journal'],
  conference: ['inproceedings', 'booktitle'],
  workshop: ['inproceedings', 'booktitle'],
  chapter: ['incollection', 'booktitle'],
  book: ['book', 'publisher'],
  thesis: ['phdthesis', 'school'],
  report: ['techreport', 'institution'],
  techreport: ['techreport', 'institution'],
};
const OTHER: [string, string] = ['misc', 'howpublished'];

/** The entry type and venue field for a publication type; own keys only ("__proto__" is a type like any other). */
function entryTypeOf(type: string): [entryType: string, venueField: string] {
  return field(ENTRY_TYPES, type) ?? OTHER;
}
const PUBLISHED_BY = new Set(['publisher', 'school', 'institution']);

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

type Field = [name: string, value: string];

/** year, month (as BibTeX's month macro) and, for a full date, biblatex's date. */
function dateFields(date: string): Field[] {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  const year = match?.[1] ?? /\d{4}/.exec(date)?.[0];
  if (!year) return [];
  const fields: Field[] = [['year', `{${year}}`]];
  const month = MONTHS[Number(match?.[2]) - 1];
  if (month) fields.push(['month', month]);
  if (match?.[3] && month) fields.push(['date', `{${date}}`]);
  return fields;
}

function braced(value: string): string {
  return `{${value}}`;
}

function fieldsOf(record: BibRecord): Field[] {
  const [, venueField] = entryTypeOf(record.type);
  const venue = record.venueFull || record.venue;
  const fields: Field[] = [['title', braced(latexTitle(record.title))]];
  if (record.authors.length) fields.push(['author', braced(mapped(record.authors, bibtexName).join(' and '))]);
  if (PUBLISHED_BY.has(venueField)) {
    // A book, thesis or report names who published it; another venue is kept beside it.
    const body = record.publisher || venue;
    if (body) fields.push([venueField, braced(protectAnd(escapeLatex(body)))]);
    if (record.publisher && venue) fields.push(['howpublished', braced(escapeLatex(venue))]);
  } else {
    if (venue) fields.push([venueField, braced(escapeLatex(venue))]);
    if (record.publisher) fields.push(['publisher', braced(protectAnd(escapeLatex(record.publisher)))]);
  }
  if (record.venueFull && record.venue) fields.push(['abbr', braced(escapeLatex(record.venue))]);
  fields.push(...dateFields(record.date));
  if (record.doi) fields.push(['doi', braced(escapeVerbatim(record.doi))]);
  if (record.arxiv) fields.push(['eprint', braced(escapeVerbatim(record.arxiv))], ['archivePrefix', '{arXiv}']);
  if (record.url) fields.push(['url', braced(escapeVerbatim(record.url))]);
  if (record.status) fields.push(['note', braced(escapeLatex(record.status))]);
  if (record.abstract) fields.push(['abstract', braced(escapeLatex(record.abstract))]);
  return fields;
}

export function formatEntry(record: BibRecord, key: string): string {
  const [entryType] = entryTypeOf(record.type);
  const lines = mapped(fieldsOf(record), ([name, value]) => `  ${name} = ${value}`);
  return `@${entryType}{${key},\n${lines.join(',\n')}\n}`;
}

/** One BibTeX entry per record, with keys unique across the list. */
export function formatBibtex(records: BibRecord[]): string[] {
  const keys = citationKeys(records);
  return mapped(records, (record, index) => formatEntry(record, keys[index] ?? 'anon'));
}
