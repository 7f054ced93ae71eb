// A paper shown as a schema.org ScholarlyArticle, for the page's JSON-LD, written as JSON text.
//
// The article's shape is fixed, so its text is written here, key by key, and only its strings go
// through JSON.stringify (jsonChars). Built as objects for one JSON.stringify, an article (about 8
// objects and arrays: its authors are each a Person) took a third more instructions: Node 20's
// serialiser pays 120 to 180 ns for each object, whatever its size (figures in docs/benchmarks.md).
// The text is what JSON.stringify writes for the article object, byte for byte (tested).
import type { PublicationView } from './view';
import type { AuthorView } from '../../model/types';
import { arxivUrl, doiUrl } from '../../model/identifiers';
import { jsonChars, webUrl } from '../../model/linkedData';
import { isEllipsis } from '../../model/names';

function personJson(author: AuthorView): string {
  const url = webUrl(author.href);
  const name = jsonChars(author.name);
  return url ? `{"@type":"Person","name":"${name}","url":"${jsonChars(url)}"}` : `{"@type":"Person","name":"${name}"}`;
}

function thingJson(type: string, name: string): string {
  return `{"@type":"${type}","name":"${jsonChars(name)}"}`;
}

/** The article's JSON text: name, authors, date, venue, publisher, page and its DOI and arXiv pages. */
export function articleJson(pub: PublicationView): string {
  let json = `{"@type":"ScholarlyArticle","name":"${jsonChars(pub.title)}"`;
  // "..." in an author list stands for names left out, not for a person; most lists have none.
  const authors = pub.authors.some((author) => isEllipsis(author.name))
    ? pub.authors.filter((author) => !isEllipsis(author.name))
    : pub.authors;
  if (authors.length) json += `,"author":[${authors.map(personJson).join(',')}]`;
  if (pub.date?.iso) json += `,"datePublished":"${jsonChars(pub.date.iso)}"`;
  if (pub.venue && !pub.venueIsPublisher)
    json += `,"isPartOf":${thingJson(pub.type === 'journal' ? 'Periodical' : 'CreativeWork', pub.venue)}`;
  const publisher = pub.venueIsPublisher ? pub.venue : pub.publisher;
  if (publisher) json += `,"publisher":${thingJson('Organization', publisher)}`;
  const url = webUrl(pub.href);
  if (url) json += `,"url":"${jsonChars(url)}"`;
  const sameAs = [pub.doi ? doiUrl(pub.doi) : '', pub.arxiv ? arxivUrl(pub.arxiv) : ''].filter(Boolean);
  if (sameAs.length) json += `,"sameAs":["${sameAs.map(jsonChars).join('","')}"]`;
  return `${json}}`;
}
