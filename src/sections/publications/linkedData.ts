// A paper shown as a schema.org ScholarlyArticle, for the page's JSON-LD, written as JSON text.
//
// The article's shape is fixed, so its text is written here, key by key, and only its strings go
// through JSON.stringify (jsonChars). Built as objects for one JSON.stringify, an article (about 8
// objects and arrays: its authors are each a Person) took a third more instructions: Node 20's
// serialiser pays 120 to 180 ns for each object, whatever its size (figures in docs/benchmarks.md).
// The text is what JSON.stringify writes for the article object, byte for byte (tested).
import type { PublicationView } from './view';
import type { Author } from '../../model/types';
import { arxivUrl, doiUrl } from '../../model/identifiers';
import { jsonChars, webUrl } from '../../model/linkedData';
import { isEllipsis } from '../../model/names';
import { nameOf } from './authors';
import { kept, mapped } from '../../arrays';

const PERSON = '{"@type":"Person","name":"';
const BETWEEN_PEOPLE = `"},${PERSON}`;

/** The author's page when it is an absolute web address; a name alone has none. */
function webPage(author: Author): string | undefined {
  return typeof author === 'string' ? undefined : webUrl(author.href);
}

function personJson(author: Author): string {
  const url = webPage(author);
  return url ? `${PERSON}${jsonName(author)}","url":"${jsonChars(url)}"}` : `${PERSON}${jsonName(author)}"}`;
}

/**
 * The authors as Person objects. When none has a page, as on most papers, their names are joined
 * with the text between them: one string, where an object's text each made two (1,400 papers of 20
 * authors: 1.4 MB less to allocate a render).
 */
function peopleJson(authors: readonly Author[]): string {
  if (authors.some(webPage)) return mapped(authors, personJson).join(',');
  return `${PERSON}${mapped(authors, jsonName).join(BETWEEN_PEOPLE)}"}`;
}

function jsonName(author: Author): string {
  return jsonChars(nameOf(author));
}

function thingJson(type: string, name: string): string {
  return `{"@type":"${type}","name":"${jsonChars(name)}"}`;
}

/** The article's JSON text: name, authors, date, venue, publisher, page and its DOI and arXiv pages. */
export function articleJson(pub: PublicationView): string {
  let json = `{"@type":"ScholarlyArticle","name":"${jsonChars(pub.title)}"`;
  // "..." in an author list stands for names left out, not for a person; most lists have none.
  const authors = pub.authors.some((author) => isEllipsis(nameOf(author)))
    ? kept(pub.authors, (author) => !isEllipsis(nameOf(author)))
    : pub.authors;
  if (authors.length) json += `,"author":[${peopleJson(authors)}]`;
  // The theme writes the ISO date (digits and hyphens) and the DOI and arXiv pages (encoded as URIs):
  // neither holds a character JSON escapes, so neither is searched for one.
  if (pub.date?.iso) json += `,"datePublished":"${pub.date.iso}"`;
  if (pub.venue && !pub.venueIsPublisher)
    json += `,"isPartOf":${thingJson(pub.type === 'journal' ? 'Periodical' : 'CreativeWork', pub.venue)}`;
  const publisher = pub.venueIsPublisher ? pub.venue : pub.publisher;
  if (publisher) json += `,"publisher":${thingJson('Organization', publisher)}`;
  const url = webUrl(pub.href);
  if (url) json += `,"url":"${jsonChars(url)}"`;
  const sameAs = kept([pub.doi ? doiUrl(pub.doi) : '', pub.arxiv ? arxivUrl(pub.arxiv) : ''], Boolean);
  if (sameAs.length) json += `,"sameAs":["${sameAs.join('","')}"]`;
  return `${json}}`;
}
