// Round trip: publications written by formatBibtex and read back by the importer keep their
// titles (with their formatting), authors, venues, years, DOIs, arXiv ids and statuses.
import fc from 'fast-check';
import { formatBibtex, recordFromJson, type BibRecord } from '../../src/bibtex/write';
import { importBib, loadImporter } from '../helpers/bibtexImporter';
import { runs } from '../helpers/hostile/settings';

const WORDS = [
  'Learning',
  'LLMs',
  'RLAIF',
  'GPT-4',
  'K2',
  'model',
  'of',
  'and',
  'the',
  'Über',
  'naïve',
  'Zoë',
  'Straße',
  '中文',
  'Ελληνικά',
  'café',
  'x2',
];
// Each special character of TeX, alone and inside words, and TeX's ligatures.
const SPECIALS = [
  '&',
  '50%',
  '$5',
  'C#',
  'x_1',
  '{set}',
  '}',
  '{',
  'a~b',
  'x^2',
  '\\',
  'a\\',
  '<',
  '>',
  '--',
  '---',
  "``q''",
  '?`',
  '"quoted"',
  '@home',
  ',',
  ':',
];

const token = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  fc.constantFrom(...SPECIALS),
  fc.stringMatching(/^[A-Za-z0-9]{1,8}$/),
);
// A venue's trailing "," or ";" is dropped on import (al-folio writes "Phys. Rev.,"), so venues end in a word.
const text = fc.array(token, { minLength: 1, maxLength: 8 }).map((tokens) => tokens.join(' '));
// A title may hold formatting tags (a species in italics), written back as \textit{…} and read again as tags.
const formatted = fc
  .tuple(fc.constantFrom('i', 'em', 'b', 'strong'), fc.constantFrom(...WORDS))
  .map(([tag, word]) => `<${tag}>${word}</${tag}>`);
const title = fc
  .array(fc.oneof({ weight: 4, arbitrary: token }, formatted), { minLength: 1, maxLength: 8 })
  .map((tokens) => tokens.join(' '));
const venueText = fc.tuple(text, fc.constantFrom(...WORDS)).map(([start, end]) => `${start} ${end}`);

const given = fc.constantFrom('Tianhao', 'J.', 'Jean-Pierre', 'Zoë', 'María José', 'A. B.', 'Åsa');
const particle = fc.constantFrom('', 'van', 'van der', 'de la', 'von');
const family = fc.constantFrom('Wu', 'Müller', "O'Neil", 'Hahn-Powell', 'Ångström', 'Núñez', 'Lee', 'Sukhbaatar');
const suffix = fc.constantFrom('', '', '', 'Jr.', 'III');
const author = fc
  .tuple(given, particle, family, suffix)
  .map(([first, von, last, jr]) => `${[first, von, last].filter(Boolean).join(' ')}${jr ? `, ${jr}` : ''}`);

const date = fc.oneof(
  fc.integer({ min: 1900, max: 2099 }).map(String),
  fc.tuple(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc
    .tuple(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);
const doi = fc
  .tuple(fc.integer({ min: 1000, max: 99999 }), fc.stringMatching(/^[A-Za-z0-9._;()/:<>%-]{1,20}$/))
  .map(([registrant, suffix]) => `10.${registrant}/${suffix}`);
const arxiv = fc.oneof(
  fc
    .tuple(fc.integer({ min: 700, max: 9912 }), fc.integer({ min: 10000, max: 99999 }))
    .map(([a, b]) => `${String(a).padStart(4, '0')}.${b}`),
  fc.integer({ min: 1000000, max: 9999999 }).map((n) => `hep-th/${n}`),
);
const url = fc.stringMatching(/^[a-z0-9_~%&?=#./-]{1,30}$/).map((path) => `https://example.org/${path}`);
const status = fc.constantFrom('Under Review', 'Submitted', 'Accepted', 'To Appear', 'In Press', 'Preprint');
const type = fc.constantFrom('journal', 'conference', 'workshop', 'chapter', 'preprint', 'thesis', 'book', 'report', 'talk', '');

/** A resume publication as people write them. */
const publication = fc.record(
  {
    name: title,
    authors: fc.array(author, { maxLength: 6 }),
    venue: venueText,
    publisher: venueText,
    releaseDate: date,
    type,
    doi,
    arxiv,
    url,
    status,
  },
  { requiredKeys: ['name'] },
);

function collapse(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

interface Compared {
  title: string;
  authors: string[];
  venue: string;
  year: string;
  doi: string;
  arxiv: string;
  status: string;
}

/** A title as the BibTeX parser gives it back: \emph as <i>, \textbf as <b>, two italic words in a row as one run. */
function asParsed(title: string): string {
  return collapse(title)
    .replace(/<(\/?)em>/g, '<$1i>')
    .replace(/<(\/?)strong>/g, '<$1b>')
    .replace(/<\/([ib])> <\1>/g, ' ');
}

function expected(record: BibRecord): Compared {
  return {
    title: asParsed(record.title),
    authors: record.authors,
    venue: collapse(record.venue),
    year: /\d{4}/.exec(record.date)?.[0] ?? '',
    doi: record.doi,
    arxiv: record.arxiv,
    status: record.status,
  };
}

function imported(item: Record<string, unknown>): Compared {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    title: text(item.name),
    authors: Array.isArray(item.authors) ? (item.authors as string[]) : [],
    // As the theme shows it: the venue, else the publisher (a thesis's school, a book's publisher).
    venue: text(item.venue) || text(item.publisher),
    year: text(item.releaseDate).slice(0, 4),
    doi: text(item.doi),
    arxiv: text(item.arxiv),
    status: text(item.status),
  };
}

beforeAll(() => {
  loadImporter();
});

describe('export-bibtex output read back by import-bibtex', () => {
  it('keeps titles, authors, venues, years, DOIs, arXiv ids and statuses', () => {
    fc.assert(
      fc.property(fc.array(publication, { minLength: 1, maxLength: 5 }), (publications) => {
        const records = publications.map(recordFromJson).filter((record): record is BibRecord => record !== undefined);
        const bib = formatBibtex(records).join('\n\n');
        const { publications: back, problems } = importBib(bib);
        expect(problems).toEqual([]);
        expect(back.map(imported)).toEqual(records.map(expected));
      }),
      runs(150),
    );
  });

  it('writes keys that are unique, ASCII and the same for the same list', () => {
    fc.assert(
      fc.property(fc.array(publication, { maxLength: 12 }), (publications) => {
        const records = publications.map(recordFromJson).filter((record): record is BibRecord => record !== undefined);
        const keys = formatBibtex(records).map((entry) => /^@\w+\{([^,]*),/.exec(entry)?.[1] ?? '');
        expect(new Set(keys).size).toBe(records.length);
        for (const key of keys) expect(key).toMatch(/^[a-z0-9]+$/);
        expect(formatBibtex(records)).toEqual(formatBibtex(records));
      }),
      runs(100),
    );
  });
});
