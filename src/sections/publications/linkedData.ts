// A paper shown as a schema.org ScholarlyArticle, for the page's JSON-LD.
import type { JsonLdArticle } from '../../model/linkedData';
import type { PublicationView } from './view';
import { arxivUrl, doiUrl } from '../../model/identifiers';
import { webUrl } from '../../model/linkedData';
import { isEllipsis } from '../../model/names';

export function toArticle(pub: PublicationView): JsonLdArticle {
  const article: JsonLdArticle = { '@type': 'ScholarlyArticle', name: pub.title };
  if (pub.authors.length) {
    // "..." in an author list stands for names left out, not for a person; most lists have none.
    const named = pub.authors.some((author) => isEllipsis(author.name))
      ? pub.authors.filter((author) => !isEllipsis(author.name))
      : pub.authors;
    article.author = named.map((author) => {
      const url = webUrl(author.href);
      return url ? { '@type': 'Person', name: author.name, url } : { '@type': 'Person', name: author.name };
    });
  }
  if (pub.date?.iso) article.datePublished = pub.date.iso;
  if (pub.venue && !pub.venueIsPublisher)
    article.isPartOf = { '@type': pub.type === 'journal' ? 'Periodical' : 'CreativeWork', name: pub.venue };
  const publisher = pub.venueIsPublisher ? pub.venue : pub.publisher;
  if (publisher) article.publisher = { '@type': 'Organization', name: publisher };
  const url = webUrl(pub.href);
  if (url) article.url = url;
  const sameAs = [pub.doi ? doiUrl(pub.doi) : '', pub.arxiv ? arxivUrl(pub.arxiv) : ''].filter(Boolean);
  if (sameAs.length) article.sameAs = sameAs;
  return article;
}
