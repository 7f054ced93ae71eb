// The machine-readable page: one <script type="application/ld+json"> with a schema.org Person and a
// ScholarlyArticle per paper shown, <meta name="description"> and Open Graph title and description.
import faculty from '../fixtures/faculty.json';
import sampleCv from '../../sample-resume.json';
import { render } from '../helpers/untypedRender';
import { attr, elements, parseHtml } from '../helpers/html';
import { linkedDataOf, type JsonLdNode } from '../helpers/hostile/linkedData';
import { rawText } from '../helpers/hostile/page';
import fc from 'fast-check';
import { JsonLdRuns, jsonChars, linkedDataScriptText, scriptJson, webUrl, type JsonLdPerson } from '../../src/model/linkedData';
import { arxivUrl, doiUrl } from '../../src/model/identifiers';
import { articleJson } from '../../src/sections/publications/linkedData';
import { nameOf } from '../../src/sections/publications/authors';
import type { PublicationView } from '../../src/sections/publications/view';

interface Paper {
  name: string;
  authors: string[];
  type: string;
  venue?: string;
  publisher?: string;
  releaseDate?: string;
  doi?: string;
  arxiv?: string;
}

const PAPERS = faculty.publications as Paper[];
const graphOf = (html: string) => linkedDataOf(html)?.['@graph'] ?? [];
const ofType = (graph: JsonLdNode[], type: string) => graph.filter((node) => node['@type'] === type);

function metaContent(html: string, key: 'name' | 'property', value: string): string | undefined {
  const meta = elements(parseHtml(html), 'meta').find((node) => attr(node, key) === value);
  return meta && attr(meta, 'content');
}

describe('JSON-LD of a faculty CV', () => {
  const html = render(faculty);
  const graph = graphOf(html);

  it('is one script element in <head>, of type application/ld+json, holding a schema.org graph', () => {
    const page = parseHtml(html);
    const scripts = elements(page, 'script');
    expect(scripts).toHaveLength(1);
    expect(elements(elements(page, 'head')[0]!, 'script')).toEqual(scripts);
    expect(scripts[0]?.attrs).toEqual([{ name: 'type', value: 'application/ld+json' }]);
    expect(linkedDataOf(html)?.['@context']).toBe('https://schema.org');
  });

  it('describes the person: name, job title, affiliation, url and profiles as sameAs', () => {
    expect(ofType(graph, 'Person')).toEqual([
      {
        '@type': 'Person',
        name: 'Hélène Dubois',
        jobTitle: 'Professor of Statistics and Computer Science',
        affiliation: [{ '@type': 'Organization', name: 'Université de Lyon' }],
        url: 'https://hdubois.example.edu',
        sameAs: [
          'https://scholar.google.com/citations?user=HDUBOIS',
          'https://orcid.org/0000-0002-1825-0097',
          'https://github.com/hdubois',
        ],
      },
    ]);
  });

  it('has a ScholarlyArticle per paper, in the order shown, with authors, date, venue and DOI/arXiv pages', () => {
    const articles = ofType(graph, 'ScholarlyArticle');
    expect(articles).toHaveLength(PAPERS.length);
    articles.forEach((article, index) => {
      const paper = PAPERS[index] as Paper;
      const sameAs = [paper.doi && `https://doi.org/${paper.doi}`, paper.arxiv && `https://arxiv.org/abs/${paper.arxiv}`].filter(Boolean);
      expect(article).toEqual({
        '@type': 'ScholarlyArticle',
        name: paper.name,
        author: paper.authors.map((author) => ({ '@type': 'Person', name: author.replace(/[*†]+$/u, '') })),
        ...(paper.releaseDate ? { datePublished: paper.releaseDate } : {}),
        ...(paper.venue ? { isPartOf: { '@type': paper.type === 'journal' ? 'Periodical' : 'CreativeWork', name: paper.venue } } : {}),
        ...(paper.publisher ? { publisher: { '@type': 'Organization', name: paper.publisher } } : {}),
        ...(sameAs.length ? { sameAs } : {}),
      });
    });
  });

  it('follows the order shown, and gives co-authors with a page their url', () => {
    const sorted = graphOf(render(faculty, { sortPublications: 'date', coauthors: { 'Jürgen Schmidt': 'https://schmidt.example.org' } }));
    const names = ofType(sorted, 'ScholarlyArticle').map((article) => article.name);
    expect(names.slice(0, 6)).toEqual(PAPERS.filter((paper) => !paper.releaseDate).map((paper) => paper.name));
    const authors = ofType(sorted, 'ScholarlyArticle').flatMap((article) => article.author as { name: string; url?: string }[]);
    expect(authors.filter((author) => author.url).map((author) => author.name)).toEqual(
      expect.arrayContaining(['J. Schmidt', 'Jurgen Schmidt', 'Schmidt, Jürgen', 'JÜRGEN SCHMIDT', 'Jürgen Schmidt']),
    );
    expect(authors.find((author) => author.name === 'Julia Schmidt')?.url).toBeUndefined();
  });

  it('holds only the papers shown (selectedPublicationsOnly, publicationsSince, hidden section)', () => {
    const recent = ofType(graphOf(render(faculty, { publicationsSince: 2023 })), 'ScholarlyArticle');
    expect(recent.map((article) => article.name)).toEqual(
      PAPERS.filter((paper) => {
        const date = (paper as { releaseDate?: string }).releaseDate;
        return !date || Number(date.slice(0, 4)) >= 2023;
      }).map((paper) => paper.name),
    );
    const selected = ofType(graphOf(render(faculty, { selectedPublicationsOnly: true })), 'ScholarlyArticle');
    expect(selected.map((article) => article.name)).toEqual(
      PAPERS.filter((paper) => (paper as { selected?: boolean }).selected).map((paper) => paper.name),
    );
    expect(ofType(graphOf(render(faculty, { hide: ['publications'] })), 'ScholarlyArticle')).toEqual([]);
  });
});

describe('a hostile title in the JSON-LD', () => {
  const title = '</script><script>alert(1)</script><!-- & --> \u2028\u2029 "quoted" \\ back';
  const html = render({ basics: { name: '<!--</SCRIPT x>' }, publications: [{ name: title, authors: ['</script>*'] }] });

  it('is data: the script text has no "<", ">" or "&", and parses back to the very strings', () => {
    const script = elements(parseHtml(html), 'script');
    expect(script).toHaveLength(1);
    const text = rawText(script[0]!);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    const graph = graphOf(html);
    expect(ofType(graph, 'Person')[0]?.name).toBe('<!--</SCRIPT x>');
    expect(ofType(graph, 'ScholarlyArticle')[0]).toMatchObject({ name: title.trim(), author: [{ '@type': 'Person', name: '</script>' }] });
    // Nothing after the script was swallowed into it, and nothing in it became markup.
    expect(elements(parseHtml(html), 'h1')).toHaveLength(1);
  });
});

describe('the JSON-LD text', () => {
  it('escapes exactly <, >, &, U+2028 and U+2029, and JSON.parse reads the same data back', () => {
    const person: JsonLdPerson = { '@type': 'Person', name: 'a<b>c&d\u2028e\u2029f</script><!--' };
    const text = linkedDataScriptText(person, '') ?? '';
    expect(text).toContain('a\\u003cb\\u003ec\\u0026d\\u2028e\\u2029f\\u003c/script\\u003e\\u003c!--');
    expect(JSON.parse(text)).toEqual({ '@context': 'https://schema.org', '@graph': [person] });
  });
});

describe('the JSON-LD written in runs of papers', () => {
  const article = (index: number) => ({
    '@type': 'ScholarlyArticle',
    name: `Paper "${index}" \\ é <b> & \u2028`,
    author: [{ '@type': 'Person', name: `Author ${index}` }],
  });
  const person: JsonLdPerson = { '@type': 'Person', name: 'Ada' };

  it.each([0, 1, 63, 64, 65, 128, 200])('is the text JSON.stringify writes for the whole graph, escaped, with %i papers', (count) => {
    const articles = Array.from({ length: count }, (_, index) => article(index));
    const runs = new JsonLdRuns();
    for (const item of articles) runs.add(JSON.stringify(item));
    const text = runs.scriptText();
    const whole = (graph: object[]) => scriptJson(JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }));
    expect(linkedDataScriptText(person, text)).toBe(whole([person, ...articles]));
    expect(linkedDataScriptText(undefined, text)).toBe(count ? whole(articles) : undefined);
  });
});

// Any UTF-16 text, lone surrogates, quotes, backslashes and control characters among it.
const codeUnits = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.constantFrom(0x22, 0x5c, 0x0a, 0xd83d, 0xde00)), { maxLength: 12 })
  .map((units) => String.fromCharCode(...units));
const text = fc.oneof(fc.string({ maxLength: 12 }), codeUnits, fc.constantFrom('', 'https://example.org/p?a=1&b="2"', '...', '…'));

describe('JSON text written by hand', () => {
  it("writes a string's characters as JSON.stringify does between its quotes", () => {
    fc.assert(fc.property(text, (value) => expect(jsonChars(value)).toBe(JSON.stringify(value).slice(1, -1))));
  });

  /** The article as an object, for JSON.stringify: what articleJson() writes, in the same key order. */
  function articleObject(pub: PublicationView): object {
    const article: Record<string, unknown> = { '@type': 'ScholarlyArticle', name: pub.title };
    const named = pub.authors.filter((author) => nameOf(author) !== '...' && nameOf(author) !== '…');
    if (named.length) {
      article.author = named.map((author) => {
        const url = typeof author === 'string' ? undefined : webUrl(author.href);
        return url ? { '@type': 'Person', name: nameOf(author), url } : { '@type': 'Person', name: nameOf(author) };
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

  const link = fc.option(
    fc.oneof(
      text,
      text.map((value) => `https://example.org/${value}`),
    ),
    { nil: undefined },
  );
  // A co-author with no mark, page or bold is their name alone.
  const author = fc.oneof(text, fc.record({ name: text, marks: fc.constant(''), isOwner: fc.boolean(), href: link }));
  const identifier = fc.oneof(
    fc.constant(''),
    fc.string({ maxLength: 12 }),
    codeUnits,
    fc.constantFrom('10.1000/x y', '2410.10630', 'ä/ü#?', '10.1000/"\\', '10.1000/x\ud83d'),
  );
  // The date reader writes an ISO date or a year, which the article writes without a search (the
  // hostile tests check every <time datetime> of their pages is one).
  const isoDate = fc.oneof(
    fc.constant(''),
    fc
      .date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10)),
    fc.integer({ min: 1000, max: 9999 }).map(String),
  );
  const pub = fc.record({
    title: text,
    authors: fc.array(author, { maxLength: 4 }),
    date: fc.option(fc.record({ text: fc.constant(''), iso: isoDate }), { nil: undefined }),
    venue: text,
    venueIsPublisher: fc.boolean(),
    type: fc.constantFrom('', 'journal', 'conference'),
    publisher: text,
    href: link,
    doi: identifier,
    arxiv: identifier,
  });

  it('writes an article as JSON.stringify writes it as an object, byte for byte', () => {
    fc.assert(
      fc.property(pub, (paper) => {
        const view = paper as unknown as PublicationView;
        expect(articleJson(view)).toBe(JSON.stringify(articleObject(view)));
      }),
      { numRuns: 500 },
    );
  });

  it('gives a DOI or arXiv page as encodeURI would, with or without characters to encode', () => {
    // encodeURI throws on a lone surrogate: the page gives what it gives for the well-formed text (U+FFFD in its place).
    const wellFormed = (id: string): string => (id as string & { toWellFormed(): string }).toWellFormed();
    fc.assert(
      fc.property(identifier, (id) => {
        expect(doiUrl(id)).toBe(`https://doi.org/${encodeURI(wellFormed(id))}`);
        expect(arxivUrl(id)).toBe(`https://arxiv.org/abs/${encodeURI(wellFormed(id))}`);
      }),
    );
  });
});

describe('description and Open Graph', () => {
  it('describes the page from the label and the summary, as plain text', () => {
    const html = render(faculty);
    const description =
      'Professor of Statistics and Computer Science — I work on robust and causal machine learning, and on statistical methods for the sciences.';
    expect(metaContent(html, 'name', 'description')).toBe(description);
    expect(metaContent(html, 'property', 'og:description')).toBe(description);
    expect(metaContent(html, 'property', 'og:title')).toBe('Hélène Dubois');
  });

  it('cuts a long summary at a word, near 200 characters', () => {
    const description = metaContent(render(sampleCv), 'name', 'description') ?? '';
    expect(description.length).toBeLessThanOrEqual(201);
    expect(description).toMatch(/^PhD Student, EECS, UC Berkeley — My research focuses on LLM post-training\. .*\w…$/);
  });

  it('leaves the description out when there is nothing to say, and has no JSON-LD for an empty resume', () => {
    const html = render({});
    expect(metaContent(html, 'name', 'description')).toBeUndefined();
    expect(metaContent(html, 'property', 'og:title')).toBe('Curriculum Vitae');
    expect(elements(parseHtml(html), 'script')).toEqual([]);
  });
});
