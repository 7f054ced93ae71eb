// Publications with the research extension: venue, status, authors, links, doi/arXiv, award, type,
// and what the publication options add: numbers, date order, shortened author lists, co-author
// links, citation metrics and abstracts. Options that are off cost nothing per paper.
//
// The list is ordered, filtered, grouped and numbered from what each paper's place needs (its date,
// type, selection, citations); a paper's whole view is built only when the page writes its entry.
// Built up front, 1,400 papers' views (2 MB in some 40,000 objects) lived through the whole render,
// and each young-generation collection copied them (figures in docs/benchmarks.md).
import type { AbstractDisplay } from '../../model/options';
import { fillNumber } from '../../i18n';
import type { Author, AuthorGap, CitationMetrics, DateView, LinkView, Located, RichText } from '../../model/types';
import type { ModelContext } from '../../model/context';
import type { RawEntry } from '../descriptor';
import { checkRepeated, dateOf, linkList, located, rich, richList, urlOf } from '../../model/fields';
import { arxivUrl, cleanArxiv, cleanDoi, doiUrl, pubmedUrl } from '../../model/identifiers';
import { formatEntry, citationKeys, recordFromJson, type BibRecord } from '../../bibtex/write';
import { noteTitle, parseInlineMarkdown, titleMarkup } from '../../model/markdown';
import { withoutSmallCaps, withoutTitleTags } from '../../model/titleTags';
import { bool, firstStr, joinParts, str, type JsonObject } from '../../model/read';
import { safeUrl } from '../../model/url';
import { MARKS } from '../../model/names';
import { JsonLdRuns } from '../../model/linkedData';
import { articleJson } from './linkedData';
import { coauthorPages, marksOf, nameOf, shortenAuthors, toAuthors, type CoauthorPages } from './authors';
import { citationCount, citationMetrics } from './metrics';
import { numberGroups, sortByDate, toGroups, writtenGroups } from './order';
import { kept, mapped } from '../../arrays';

export interface PublicationView extends Located {
  /** Plain text: the name in the JSON-LD and BibTeX, and what titles are compared by. */
  title: string;
  /** The title with its formatting tags (`<i>E. coli</i>`), when it has any: what the page shows. */
  titleMarkup: RichText | undefined;
  href?: string;
  /** Every author, as written. */
  authors: Author[];
  /** The authors as shown: `authors` itself, or shortened with gaps (maxAuthors). */
  shownAuthors: (Author | AuthorGap)[];
  venue: string;
  /** Where in the venue: its full name (after a short one), volume, issue and pages: "35(2), 1–12". */
  venueDetail: string;
  /** The publisher when it is not already shown as the venue. */
  publisher: string;
  /** True when the venue shown is the publisher (no venue, journal, booktitle or conference given). */
  venueIsPublisher: boolean;
  status: string;
  award: string;
  type: string;
  selected: boolean;
  date?: DateView;
  /** Identifiers without their URL prefix ("10.1145/…", "2410.10630"), as written. */
  doi: string;
  arxiv: string;
  summary: RichText;
  highlights: RichText[];
  links: LinkView[];
  /** The visible number ("[12]", "[J3]"), or empty (numberPublications). */
  number: string;
  /** publications[].citations, when it is a count and metrics are on (or validate() is reading). */
  citations?: number;
  /** "Cited by 120", or empty. */
  citedBy: string;
  /** publications[].abstract; empty when abstracts are hidden. */
  abstract: RichText;
  /** The paper's BibTeX entry (bibtex option), or empty. */
  bibtex: string;
}

/** A paper's place in the list: what ordering, grouping and numbering read, before the paper is built. */
export interface ListedPaper {
  /** The paper as written. */
  entry: RawEntry;
  /** Its position in the list as written (its BibTeX key, the heading of a group it is written in). */
  index: number;
  date: DateView | undefined;
  /** publications[].type, in lower case. */
  type: string;
  selected: boolean;
  citations: number | undefined;
  /** The visible number ("[12]", "[J3]"), or empty (numberPublications). */
  number: string;
  /** The paper's view when it is built already: under validate(), or when it had to be built to know that it shows anything. */
  view?: PublicationView;
}

export interface PublicationGroupView {
  /** The group's type ("journal", …) or year; empty when publications are not grouped. */
  key: string;
  /** Empty when publications are not grouped. */
  heading: string;
  items: ListedPaper[];
}

export interface MetricsView {
  /** The line under the heading: label and formatted value of each figure. */
  line: { label: string; value: string }[];
}

interface LegendView {
  mark: string;
  meaning: string;
}

export interface PublicationsView {
  /** The section heading's override ("Selected Publications"), or empty for the usual one. */
  heading: string;
  groups: PublicationGroupView[];
  /** Citation metrics (metrics option), when any paper has a count. */
  metrics?: MetricsView;
  abstracts: AbstractDisplay;
  /** The paper's view, built as its entry is written (a paper built already is not built again). */
  paper: (listed: ListedPaper) => PublicationView;
  /** The marks used in the author lists of the papers built so far that have a meaning, in the order * † ‡ § ¶ #: the legend after the list. */
  legend: () => LegendView[];
  /** The papers built so far that have a title, as schema.org articles in the order built: for the page's JSON-LD, written after its body. */
  articles: JsonLdRuns;
}

/** What every paper's reader needs, made once per list. */
interface PaperReader {
  ctx: ModelContext;
  pageOf?: CoauthorPages;
  /** "and 4 more", for shortened author lists. */
  andMore?: (count: number) => string;
  citedBy?: (count: number) => string;
}

/** The entry's own links, then its DOI, arXiv and PubMed links. */
function toLinks(item: JsonObject, doi: string, arxiv: string, ctx: ModelContext): LinkView[] {
  const links = linkList(item.links, ctx);
  if (doi) links.push({ label: `doi:${doi}`, href: safeUrl(doiUrl(doi)) });
  if (arxiv) links.push({ label: `arXiv:${arxiv}`, href: safeUrl(arxivUrl(arxiv)) });
  const pmid = str(item.pmid);
  if (pmid) links.push({ label: `PMID:${pmid}`, href: /^\d+$/.test(pmid) ? pubmedUrl(pmid) : undefined });
  return links;
}

/** "Advances in Neural Information Processing Systems 35(2), 1–12": the full venue name when a short one is shown, then volume, issue and pages. */
function venueDetail(item: JsonObject, venue: string): string {
  const full = str(item.venueFull);
  const volume = str(item.volume);
  const issue = str(item.issue) || str(item.number);
  const pages = str(item.pages);
  const place = `${volume}${issue ? `(${issue})` : ''}`;
  return joinParts([full === venue ? '' : full, joinParts([place, pages])], ' ');
}

/** A publication written as one line of text (a formatted citation): shown as that text. */
function citation(text: string): PublicationView {
  return {
    title: '',
    titleMarkup: undefined,
    authors: [],
    shownAuthors: [],
    venue: '',
    venueDetail: '',
    publisher: '',
    venueIsPublisher: false,
    status: '',
    award: '',
    type: '',
    selected: false,
    doi: '',
    arxiv: '',
    summary: parseInlineMarkdown(text),
    highlights: [],
    links: [],
    number: '',
    citedBy: '',
    abstract: [],
    bibtex: '',
  };
}

function readAbstract(item: JsonObject, ctx: ModelContext): RichText {
  if (ctx.options.abstracts !== 'hide') return rich(item.abstract);
  // Read all the same under validate(), as prose: hidden by choice, not a field the theme has no place
  // for, and its formatting tags are not tags shown as text.
  if (ctx.lint) rich(item.abstract);
  return [];
}

const VENUE_FIELDS = ['venue', 'journal', 'booktitle', 'conference'] as const;

const TITLE_FIELDS = ['name', 'title'] as const;
const DATE_FIELDS = ['releaseDate', 'date', 'year'] as const;

/** The paper's place in the list: what its order, filters, group and number read. */
function listedPaper(entry: RawEntry, index: number, ctx: ModelContext): ListedPaper {
  const paper: ListedPaper = { entry, index, date: undefined, type: '', selected: false, citations: undefined, number: '' };
  if (typeof entry === 'string') return paper;
  paper.date = dateOf(entry, DATE_FIELDS, ctx);
  paper.type = str(entry.type).toLowerCase();
  paper.selected = bool(entry.selected);
  // validate() reads the fields of options that are off too, so that it does not call them unused.
  if (ctx.options.metrics || ctx.lint) paper.citations = citationCount(entry.citations ?? entry.citationCount);
  return paper;
}

function toPublication(paper: ListedPaper, reader: PaperReader): PublicationView {
  const { entry: item, citations } = paper;
  if (typeof item === 'string') return citation(item);
  const { ctx } = reader;
  const { options } = ctx;
  const publisher = str(item.publisher);
  const ownVenue = firstStr(item, VENUE_FIELDS);
  const venue = ownVenue || publisher;
  const doi = cleanDoi(str(item.doi));
  const arxiv = cleanArxiv(str(item.arxiv));
  // `author` is BibTeX's name for the list, which some resumes keep.
  const authors = toAuthors(item.authors ?? item.author, ctx, reader.pageOf);
  // Semantic Scholar tools write the list a second time as one string (cvkit's `authorsStr`).
  if (ctx.lint && authors.length) checkRepeated(item, 'authorsStr', 'authors', mapped(authors, nameOf).join(', '), ctx);
  const abstract = readAbstract(item, ctx);
  const titleField = firstStr(item, TITLE_FIELDS);
  // Noted as the resume writes it, small capitals included: the lint finds it by that text.
  if (ctx.lint && titleField.includes('<')) noteTitle(titleField);
  const writtenTitle = withoutSmallCaps(titleField);
  // The plain title is BibTeX's too; one made of tags alone ("<b></b>") stays as written, and is shown so.
  const title = withoutTitleTags(writtenTitle);
  return {
    at: located(item, ctx),
    title,
    titleMarkup: title === writtenTitle ? undefined : titleMarkup(writtenTitle),
    href: urlOf(item, ctx).href,
    authors,
    shownAuthors: reader.andMore ? shortenAuthors(authors, options.maxAuthors, reader.andMore) : authors,
    venue,
    venueDetail: venueDetail(item, venue),
    publisher: publisher === venue ? '' : publisher,
    venueIsPublisher: !ownVenue && Boolean(publisher),
    status: str(item.status),
    award: str(item.award),
    type: paper.type,
    selected: paper.selected,
    date: paper.date,
    doi,
    arxiv,
    summary: rich(item.summary ?? item.description),
    highlights: richList(item.highlights),
    links: toLinks(item, doi, arxiv, ctx),
    number: '',
    citations,
    citedBy: citations !== undefined && reader.citedBy ? reader.citedBy(citations) : '',
    abstract,
    bibtex: '',
  };
}

function hasContent(pub: PublicationView): boolean {
  return Boolean(
    pub.title ||
    pub.venue ||
    pub.href ||
    pub.status ||
    pub.award ||
    pub.date ||
    pub.authors.length ||
    pub.summary.length ||
    pub.highlights.length ||
    pub.links.length ||
    pub.abstract.length,
  );
}

/**
 * Whether the paper shows anything. Nearly every paper has a title, venue, status, award or date,
 * read without building it; any other is built to know, and kept built. validate() builds them all.
 */
function showsAnything(paper: ListedPaper, reader: PaperReader): boolean {
  const { entry } = paper;
  if (!reader.ctx.lint && typeof entry !== 'string') {
    if (paper.date || firstStr(entry, TITLE_FIELDS) || firstStr(entry, VENUE_FIELDS) || str(entry.publisher)) return true;
    if (str(entry.status) || str(entry.award)) return true;
  }
  paper.view = toPublication(paper, reader);
  return hasContent(paper.view);
}

const MARK_LABELS: Record<string, 'legendEqual' | 'legendCorresponding'> = { '*': 'legendEqual', '†': 'legendCorresponding' };

/** Each mark with a meaning (the authorMarks option's, else the label of the mentees' mark, * or †) among the marks used. */
function toLegend(used: ReadonlySet<string>, ctx: ModelContext): LegendView[] {
  const legend: LegendView[] = [];
  for (const mark of MARKS) {
    if (!used.has(mark)) continue;
    const label = mark === ctx.options.markMentees ? 'legendMentee' : MARK_LABELS[mark];
    const meaning = ctx.options.authorMarks[mark] ?? (label ? ctx.labels[label] : undefined);
    if (meaning) legend.push({ mark, meaning });
  }
  return legend;
}

/** Published in `year` or later; a paper without a readable date (under review, "forthcoming") is kept. */
function isSince(paper: ListedPaper, year: number): boolean {
  const iso = paper.date?.iso;
  return !iso || Number(iso.slice(0, 4)) >= year;
}

function paperReader(ctx: ModelContext): PaperReader {
  const { options, labels, formatNumber } = ctx;
  const reader: PaperReader = { ctx, pageOf: coauthorPages(ctx) };
  if (!options.maxAuthors && !options.metrics) return reader;
  if (options.maxAuthors) reader.andMore = (count) => fillNumber(labels.andMore, count, formatNumber);
  if (options.metrics) reader.citedBy = (count) => fillNumber(labels.citedBy, count, formatNumber);
  return reader;
}

/**
 * The citation line: the figures written for the whole profile, else the sums of every paper in the
 * list (selected or not); none when there are neither.
 */
function toMetrics(papers: ListedPaper[], ctx: ModelContext): MetricsView | undefined {
  let figures: Partial<CitationMetrics> | undefined = ctx.profileMetrics;
  if (!figures) {
    const counts: number[] = [];
    for (const paper of papers) if (paper.citations !== undefined) counts.push(paper.citations);
    if (!counts.length) return undefined;
    figures = citationMetrics(counts);
  }
  const { labels, formatNumber } = ctx;
  const line: MetricsView['line'] = [];
  for (const [label, figure] of [
    [labels.citations, figures.citations],
    [labels.hIndex, figures.hIndex],
    [labels.i10Index, figures.i10Index],
  ] as const) {
    if (figure !== undefined) line.push({ label, value: formatNumber(figure) });
  }
  return { line };
}

/**
 * Each entry's BibTeX as `scholar export-bibtex` writes it: the citation keys come from the records
 * of every paper with a title, in the order written, so they are the file's, whatever is shown; an
 * entry is only written for a paper shown.
 */
function bibtexWriter(entries: readonly RawEntry[]): (index: number) => string {
  const records = mapped(entries, recordFromJson);
  const keys = citationKeys(kept(records, (record): record is BibRecord => record !== undefined));
  let next = 0;
  const keyOf = mapped(records, (record) => (record ? (keys[next++] ?? '') : ''));
  return (index) => {
    const record = records[index];
    return record ? formatEntry(record, keyOf[index] ?? '') : '';
  };
}

/**
 * Builds each paper as the page writes it, and keeps what the page needs of those written: the marks
 * of their authors for the legend, and the schema.org article of each with a title.
 */
function paperWriter(reader: PaperReader, bibtexOf?: (index: number) => string): Pick<PublicationsView, 'paper' | 'legend' | 'articles'> {
  const marks = new Set<string>();
  const articles = new JsonLdRuns();
  const paper = (listed: ListedPaper): PublicationView => {
    const pub = listed.view ?? toPublication(listed, reader);
    pub.number = listed.number;
    if (bibtexOf) pub.bibtex = bibtexOf(listed.index);
    for (const author of pub.shownAuthors) for (const mark of marksOf(author)) marks.add(mark);
    if (pub.title) articles.add(articleJson(pub));
    return pub;
  };
  return { paper, legend: () => toLegend(marks, reader.ctx), articles };
}

/**
 * The section's view. `headings`: the group each entry is written in, when the resume writes its
 * publications in groups; those groups are then shown instead of the groupPublications option's.
 */
export function toPublications(entries: readonly RawEntry[], ctx: ModelContext, headings?: readonly string[]): PublicationsView {
  const { options } = ctx;
  const reader = paperReader(ctx);
  let papers: ListedPaper[] = [];
  entries.forEach((entry, index) => {
    const paper = listedPaper(entry, index, ctx);
    if (showsAnything(paper, reader)) papers.push(paper);
  });
  const metrics = options.metrics ? toMetrics(papers, ctx) : undefined;
  const selectedOnly = options.selectedPublicationsOnly && papers.some((paper) => paper.selected);
  if (selectedOnly) papers = kept(papers, (paper) => paper.selected);
  if (options.publicationsSince) papers = kept(papers, (paper) => isSince(paper, options.publicationsSince));
  if (options.sortPublications === 'date') papers = sortByDate(papers);
  const groups = headings ? writtenGroups(papers, headings, (paper) => headings[paper.index] ?? '') : toGroups(papers, ctx);
  numberGroups(groups, options.numberPublications, !headings && options.groupPublications === 'type');
  return {
    heading: selectedOnly ? ctx.labels.selectedPublications : '',
    groups,
    metrics,
    abstracts: options.abstracts,
    ...paperWriter(reader, options.bibtex ? bibtexWriter(entries) : undefined),
  };
}
