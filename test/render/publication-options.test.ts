// The publication options on a faculty-size CV (test/fixtures/faculty.json: 69 papers of every type,
// citations, abstracts, marks, co-authors written several ways, author lists of up to 32 names).
// Expectations are computed here from the fixture, independently of the theme's code.
import faculty from '../fixtures/faculty.json';
import type { ThemeOptions } from '../../index';
import { render } from '../helpers/untypedRender';
import { attr, byClass, elements, parseHtml, textOf, type HtmlNode } from '../helpers/html';
import { runCli } from '../helpers/cli';

interface Paper {
  name: string;
  authors: string[];
  type: string;
  releaseDate?: string;
  citations?: number;
  abstract?: string;
  selected?: boolean;
}

const PAPERS = faculty.publications as Paper[];
const OWNER = /^(?:Hélène Dubois|H\. Dubois|Dubois, Hélène|Helene Dubois|HÉLÈNE DUBOIS)$/;
const bare = (author: string) => author.replace(/[*†]+$/u, '');

function publications(options: ThemeOptions = {}): HtmlNode {
  const page = parseHtml(render(faculty, options));
  const section = elements(page, 'section').find((node) => attr(node, 'id') === 'publications');
  if (!section) throw new Error('no publications section');
  return section;
}

const entriesOf = (root: HtmlNode) => byClass(root, 'entry');
const titleOf = (entry: HtmlNode) => textOf(byClass(entry, 'entry-title')[0] ?? { nodeName: '#none' });
const numberOf = (entry: HtmlNode) => textOf(byClass(entry, 'pub-number')[0] ?? { nodeName: '#none' });
const authorsOf = (entry: HtmlNode) => textOf(byClass(entry, 'authors')[0] ?? { nodeName: '#none' });
/** The title without its number. */
const nameOf = (entry: HtmlNode) => titleOf(entry).replace(/^\[[A-Z]*\d+\] /, '');

const GROUP_PREFIX: Record<string, string> = {
  'Journal Articles': 'J',
  'Conference Papers': 'C',
  'Workshop Papers': 'W',
  Preprints: 'P',
  Theses: 'T',
  Books: 'B',
  'Book Chapters': 'BC',
  Other: 'O',
};
const TYPE_OF_GROUP: Record<string, string> = {
  'Journal Articles': 'journal',
  'Conference Papers': 'conference',
  'Workshop Papers': 'workshop',
  Preprints: 'preprint',
  Theses: 'thesis',
  Books: 'book',
  'Book Chapters': 'chapter',
};

/** Each group's heading and its entries, in page order. */
function groupsOf(section: HtmlNode): { heading: string; entries: HtmlNode[] }[] {
  return (section.childNodes ?? [])
    .filter((node) => node.tagName === 'div')
    .map((group) => ({ heading: textOf(elements(group, 'h3')[0] ?? { nodeName: '#none' }), entries: entriesOf(group) }));
}

describe('numberPublications', () => {
  it('is off by default: no numbers anywhere', () => {
    expect(byClass(publications(), 'pub-number')).toEqual([]);
  });

  it('"ascending": [1] … [n] as visible text at the start of each title, in the order shown', () => {
    const entries = entriesOf(publications({ numberPublications: 'ascending' }));
    expect(entries).toHaveLength(PAPERS.length);
    expect(entries.map(numberOf)).toEqual(PAPERS.map((_, index) => `[${index + 1}]`));
    expect(entries.map(titleOf)).toEqual(PAPERS.map((paper, index) => `[${index + 1}] ${paper.name}`));
  });

  it('"descending": the first shown has the highest number', () => {
    const entries = entriesOf(publications({ numberPublications: 'descending' }));
    expect(entries.map(numberOf)).toEqual(PAPERS.map((_, index) => `[${PAPERS.length - index}]`));
  });

  it.each(['ascending', 'descending'] as const)(
    'with groupPublications "type" (%s): a prefix and a count per group',
    (numberPublications) => {
      const groups = groupsOf(publications({ numberPublications, groupPublications: 'type' }));
      expect(groups.map((group) => group.heading)).toEqual([
        'Journal Articles',
        'Conference Papers',
        'Workshop Papers',
        'Preprints',
        'Theses',
        'Books',
        'Book Chapters',
        'Other',
      ]);
      for (const { heading, entries } of groups) {
        const type = TYPE_OF_GROUP[heading];
        const expected = PAPERS.filter((paper) => (type ? paper.type === type : !Object.values(TYPE_OF_GROUP).includes(paper.type)));
        expect(entries.map(nameOf)).toEqual(expected.map((paper) => paper.name));
        const counts = expected.map((_, index) => (numberPublications === 'ascending' ? index + 1 : expected.length - index));
        expect(entries.map(numberOf)).toEqual(counts.map((count) => `[${GROUP_PREFIX[heading]}${count}]`));
      }
    },
  );

  it('with groupPublications "year": one run across the year groups', () => {
    const section = publications({ numberPublications: 'ascending', groupPublications: 'year' });
    const groups = groupsOf(section);
    expect(groups.length).toBeGreaterThan(10);
    expect(entriesOf(section).map(numberOf)).toEqual(PAPERS.map((_, index) => `[${index + 1}]`));
  });

  it('numbers a paper written as one line of text at the start of that line', () => {
    const html = render({ publications: ['A. Author. *A Paper*. 2020.', { name: 'Titled' }] }, { numberPublications: 'ascending' });
    const entries = entriesOf(parseHtml(html));
    expect(entries.map(textOf)).toEqual(['[1] A. Author. A Paper. 2020.', '[2] Titled']);
  });
});

/** The fixture sorted the way the option promises: undated first as written, then newest first, stable. */
function byDate(papers: Paper[]): Paper[] {
  const keyed = papers.map((paper, index) => ({ paper, index, date: paper.releaseDate ?? '' }));
  keyed.sort((a, b) => {
    if (!a.date !== !b.date) return a.date ? 1 : -1;
    if (a.date !== b.date) return a.date < b.date ? 1 : -1;
    return a.index - b.index;
  });
  return keyed.map(({ paper }) => paper);
}

describe('publicationsSince', () => {
  const since = (options: ThemeOptions) => entriesOf(publications(options)).map(nameOf);
  const dated = (from: number) => PAPERS.filter((paper) => !paper.releaseDate || Number(paper.releaseDate.slice(0, 4)) >= from);

  it('shows the papers of that year and later, and those without a date, in the order written', () => {
    expect(dated(2021).length).toBeLessThan(PAPERS.length);
    expect(since({ publicationsSince: 2021 })).toEqual(dated(2021).map((paper) => paper.name));
    // Written as text in a file's themeOptions, as a variant for a biosketch.
    const variant = { variants: { biosketch: { publicationsSince: '2021' } }, variant: 'biosketch' } as ThemeOptions;
    expect(since(variant)).toEqual(dated(2021).map((paper) => paper.name));
  });

  it('numbers and counts citations as with selected papers: the numbers those shown, the metrics every paper', () => {
    const section = publications({ publicationsSince: 2021, numberPublications: 'ascending', metrics: true });
    expect(entriesOf(section).map(numberOf)).toEqual(dated(2021).map((_, index) => `[${index + 1}]`));
    const total = PAPERS.reduce((sum, paper) => sum + (paper.citations ?? 0), 0);
    expect(textOf(byClass(section, 'pub-metrics')[0] as HtmlNode)).toContain(`Citations: ${total.toLocaleString('en')} ·`);
  });

  it('is ignored unless it is a year', () => {
    for (const value of [0, 21, 2021.5, '2021-06', 'recent', true, -2021]) {
      expect(since({ publicationsSince: value } as unknown as ThemeOptions)).toHaveLength(PAPERS.length);
    }
  });
});

describe('sortPublications', () => {
  it('"none" (the default) keeps the order written', () => {
    expect(entriesOf(publications()).map(nameOf)).toEqual(PAPERS.map((paper) => paper.name));
  });

  it('"date": undated papers first, as written, then newest first, ties as written', () => {
    const sorted = byDate(PAPERS);
    expect(sorted.slice(0, 6).every((paper) => !paper.releaseDate)).toBe(true);
    expect(entriesOf(publications({ sortPublications: 'date' })).map(nameOf)).toEqual(sorted.map((paper) => paper.name));
  });

  it('"date" with numbers: the numbers follow the sorted order', () => {
    const entries = entriesOf(publications({ sortPublications: 'date', numberPublications: 'descending' }));
    expect(entries.map(titleOf)).toEqual(byDate(PAPERS).map((paper, index) => `[${PAPERS.length - index}] ${paper.name}`));
  });

  it('"date" within type groups, numbered per group', () => {
    const groups = groupsOf(publications({ sortPublications: 'date', groupPublications: 'type', numberPublications: 'ascending' }));
    const journals = groups.find((group) => group.heading === 'Journal Articles');
    const expected = byDate(PAPERS.filter((paper) => paper.type === 'journal'));
    expect(journals?.entries.map(titleOf)).toEqual(expected.map((paper, index) => `[J${index + 1}] ${paper.name}`));
  });
});

/** The author line a reader should see with maxAuthors, built from the fixture. */
function expectedAuthorLine(authors: string[], max: number, andMore: (count: number) => string): string {
  if (authors.length <= max) return authors.join(', ');
  const parts: string[] = [];
  let omitted = 0;
  authors.forEach((author, index) => {
    if (index < max || OWNER.test(bare(author))) parts.push(author);
    else {
      omitted += 1;
      if (parts[parts.length - 1] !== '…') parts.push('…');
    }
  });
  if (omitted === 0) return authors.join(', ');
  parts[parts.lastIndexOf('…')] = `… ${andMore(omitted)}`;
  return parts.join(', ');
}

describe('maxAuthors', () => {
  it.each([1, 3, 5])('cuts every list after %i names with "and N more", keeping the owner in place', (max) => {
    const entries = entriesOf(publications({ maxAuthors: max }));
    entries.forEach((entry, index) => {
      const authors = PAPERS[index]?.authors ?? [];
      expect(authorsOf(entry)).toBe(expectedAuthorLine(authors, max, (count) => `and ${count} more`));
      // The owner is never cut, and stays bold.
      expect(byClass(entry, 'owner').map(textOf)).toEqual(authors.filter((author) => OWNER.test(bare(author))).map(bare));
    });
  });

  it('keeps the owner in the middle of a 32-author paper, as "A, B, C, …, Owner, … and N more"', () => {
    const index = PAPERS.findIndex((paper) => paper.authors.length === 32);
    const entry = entriesOf(publications({ maxAuthors: 3 }))[index] as HtmlNode;
    expect(authorsOf(entry)).toBe('Lukas Novák*, Sara Lindqvist*, Grace Mwangi, …, Dubois, Hélène, … and 28 more');
  });

  it('keeps a last-author owner at the end: the count goes in the gap before it', () => {
    const index = PAPERS.findIndex((paper) => paper.authors.length === 14);
    const entry = entriesOf(publications({ maxAuthors: 3 }))[index] as HtmlNode;
    expect(authorsOf(entry)).toBe('Oscar Nilsson, Sara Lindqvist, Ravi Shankar, … and 10 more, Hélène Dubois');
  });

  it('explains only the marks still shown, and the legend stays', () => {
    const full = textOf(byClass(publications(), 'legend')[0] as HtmlNode);
    expect(full).toBe('* Equal contribution† Corresponding author');
    // The only † marks are on last authors cut at 3 names.
    expect(textOf(byClass(publications({ maxAuthors: 3 }), 'legend')[0] as HtmlNode)).toBe('* Equal contribution');
  });

  it('explains the marks in the words authorMarks gives', () => {
    const legend = textOf(
      byClass(publications({ authorMarks: { '*': 'Joint first authors', '‡': 'Unused here' } }), 'legend')[0] as HtmlNode,
    );
    expect(legend).toBe('* Joint first authors† Corresponding author');
  });

  it('says "and N more" in the page language', () => {
    const index = PAPERS.findIndex((paper) => paper.authors.length === 32);
    const entry = entriesOf(publications({ maxAuthors: 3, locale: 'de' }))[index] as HtmlNode;
    expect(authorsOf(entry)).toMatch(/, … und 28 weitere$/);
  });

  it.each([0, -2, 2.5, '3', null])('ignores %j', (maxAuthors) => {
    expect(render(faculty, { maxAuthors } as never)).toBe(render(faculty));
  });
});

describe('coauthors', () => {
  const options: ThemeOptions = {
    coauthors: {
      'Jürgen Schmidt': 'https://schmidt.example.org',
      'Priya Raghunathan': 'https://priya.example.edu/',
      'Not A Coauthor': 'https://nobody.example.org',
    },
  };
  const links = (section: HtmlNode) =>
    elements(section, 'a').filter((link) => byClass(section, 'authors').some((line) => elements(line, 'a').includes(link)));

  it('links their names wherever they are authors, however the name is written (case, accents, initials, "Last, First")', () => {
    const section = publications(options);
    const expected = PAPERS.flatMap((paper) =>
      paper.authors.flatMap((author) => {
        if (/^(?:Jürgen Schmidt|J\. Schmidt|Jurgen Schmidt|Schmidt, Jürgen|JÜRGEN SCHMIDT)$/.test(author))
          return [`https://schmidt.example.org ${author}`];
        if (/^(?:Priya Raghunathan|P\. Raghunathan|raghunathan, priya)$/.test(author)) return [`https://priya.example.edu/ ${author}`];
        return [];
      }),
    );
    expect(expected.length).toBeGreaterThan(20);
    expect(new Set(expected.map((line) => line.split(' ').slice(1).join(' '))).size).toBeGreaterThanOrEqual(7);
    expect(links(section).map((link) => `${attr(link, 'href') ?? ''} ${textOf(link)}`)).toEqual(expected);
  });

  it('does not link another person with the same family name (Julia Schmidt)', () => {
    const section = publications(options);
    expect(links(section).map(textOf)).not.toContain('Julia Schmidt');
    expect(PAPERS.some((paper) => paper.authors.includes('Julia Schmidt'))).toBe(true);
  });

  it('links a co-author kept by a shortened list, and the owner keeps the bold', () => {
    const section = publications({ ...options, maxAuthors: 2 });
    for (const entry of entriesOf(section)) {
      for (const link of elements(byClass(entry, 'authors')[0] ?? { nodeName: '#none' }, 'a'))
        expect(authorsOf(entry)).toContain(textOf(link));
    }
    expect(byClass(section, 'owner').length).toBe(
      PAPERS.filter((paper) => paper.authors.some((author) => OWNER.test(bare(author)))).length,
    );
  });

  it('drops a URL that is not safe', () => {
    const html = render(faculty, { coauthors: { 'Jürgen Schmidt': 'javascript:alert(1)' } });
    expect(html).not.toContain('javascript:');
    expect(html).toBe(render(faculty));
  });
});

/** h-index by its definition: the largest h with at least h papers cited h times or more. */
function hIndexOf(counts: number[]): number {
  let h = 0;
  for (let candidate = 1; candidate <= counts.length; candidate++)
    if (counts.filter((count) => count >= candidate).length >= candidate) h = candidate;
  return h;
}

describe('metrics', () => {
  const counts = PAPERS.flatMap((paper) => (paper.citations === undefined ? [] : [paper.citations]));
  const total = counts.reduce((sum, count) => sum + count, 0);

  it('is off by default: no citation line, no counts', () => {
    const section = publications();
    expect(byClass(section, 'pub-metrics')).toEqual([]);
    expect(byClass(section, 'cited-by')).toEqual([]);
  });

  it('shows total citations, h-index and i10-index under the heading, computed from publications[].citations', () => {
    const section = publications({ metrics: true });
    const line = byClass(section, 'pub-metrics')[0] as HtmlNode;
    const h = hIndexOf(counts);
    const i10 = counts.filter((count) => count >= 10).length;
    expect(total).toBeGreaterThan(1000);
    expect(h).toBeGreaterThan(5);
    expect(textOf(line)).toBe(`Citations: ${total.toLocaleString('en')} · h-index: ${h} · i10-index: ${i10}`);
    // Right under the heading.
    const children = (section.childNodes ?? []).filter((node) => node.tagName);
    expect(children[0]?.tagName).toBe('h2');
    expect(children[1]).toBe(line);
  });

  it("shows each paper's count next to it, and none where there is no count", () => {
    const entries = entriesOf(publications({ metrics: true }));
    expect(entries.map((entry) => byClass(entry, 'cited-by').map(textOf))).toEqual(
      PAPERS.map((paper) => (paper.citations === undefined ? [] : [`Cited by ${paper.citations.toLocaleString('en')}`])),
    );
  });

  it('counts every paper even when only the selected ones are shown', () => {
    const section = publications({ metrics: true, selectedPublicationsOnly: true });
    expect(entriesOf(section)).toHaveLength(PAPERS.filter((paper) => paper.selected).length);
    expect(textOf(byClass(section, 'pub-metrics')[0] as HtmlNode)).toContain(`Citations: ${total.toLocaleString('en')} ·`);
  });

  it('writes numbers and labels in the page language', () => {
    const line = textOf(byClass(publications({ metrics: true, locale: 'de' }), 'pub-metrics')[0] as HtmlNode);
    expect(line).toBe(
      `Zitationen: ${total.toLocaleString('de')} · h-Index: ${hIndexOf(counts)} · i10-Index: ${counts.filter((count) => count >= 10).length}`,
    );
    expect(line).toMatch(/Zitationen: \d\.\d{3} /);
  });

  it('leaves out counts that are not non-negative integers', () => {
    const papers = [3, -1, 2.5, '7', null, Number.NaN, 12, 0].map((citations, index) => ({ name: `P${index}`, citations }));
    const section = elements(parseHtml(render({ publications: papers }, { metrics: true })), 'section')[0] as HtmlNode;
    expect(textOf(byClass(section, 'pub-metrics')[0] as HtmlNode)).toBe('Citations: 15 · h-index: 2 · i10-index: 1');
    expect(byClass(section, 'cited-by').map(textOf)).toEqual(['Cited by 3', 'Cited by 12', 'Cited by 0']);
  });

  it('shows no line when no paper has a count', () => {
    expect(byClass(parseHtml(render({ publications: [{ name: 'P' }] }, { metrics: true })), 'pub-metrics')).toEqual([]);
  });
});

describe('abstracts', () => {
  const withAbstract = PAPERS.filter((paper) => paper.abstract);

  it('"collapse" (the default): a <details> per abstract, marked screen-only, with no script', () => {
    const section = publications();
    const details = elements(section, 'details');
    expect(details).toHaveLength(withAbstract.length);
    for (const node of details) {
      expect(attr(node, 'class')).toBe('abstract screen-only');
      expect(attr(node, 'open')).toBeUndefined();
      expect(textOf(elements(node, 'summary')[0] as HtmlNode)).toBe('Abstract');
    }
    // Inline markdown, as in the other prose fields.
    expect(elements(details[0] as HtmlNode, 'em').length + elements(details[0] as HtmlNode, 'strong').length).toBeGreaterThan(0);
  });

  it('"show": the abstract in full under its paper', () => {
    const entries = entriesOf(publications({ abstracts: 'show' }));
    expect(elements(publications({ abstracts: 'show' }), 'details')).toEqual([]);
    expect(entries.map((entry) => byClass(entry, 'abstract').map(textOf))).toEqual(
      PAPERS.map((paper) => (paper.abstract ? [paper.abstract.replace(/\*+/g, '')] : [])),
    );
  });

  it('"hide": no abstract on the page at all', () => {
    const html = render(faculty, { abstracts: 'hide' });
    expect(byClass(parseHtml(html), 'abstract')).toEqual([]);
    // Every abstract of the fixture starts "We study"; nothing else on the page does.
    expect(withAbstract.every((paper) => paper.abstract?.startsWith('We study'))).toBe(true);
    expect(render(faculty)).toContain('We study');
    expect(html).not.toContain('We study');
  });

  it('in German, the toggle says so', () => {
    expect(textOf(elements(publications({ locale: 'de' }), 'summary')[0] as HtmlNode)).toBe('Zusammenfassung');
  });
});

describe('bibtex', () => {
  /** The text of each paper's BibTeX toggle, in page order ('' for a paper without one). */
  const entriesOfPage = (section: HtmlNode) =>
    entriesOf(section).map((entry) => {
      const details = byClass(entry, 'bibtex')[0];
      return details ? (elements(details, 'pre')[0]?.childNodes?.[0]?.childNodes?.[0]?.value ?? '') : '';
    });
  let exported: Map<string, string>;

  beforeAll(async () => {
    // What `scholar export-bibtex` writes for the same file, entry by entry, by title.
    const { code, stdout } = await runCli(['export-bibtex', 'test/fixtures/faculty.json']);
    expect(code).toBe(0);
    const entries = stdout.trim().split('\n\n');
    expect(entries).toHaveLength(PAPERS.length);
    exported = new Map(entries.map((entry, index) => [PAPERS[index]?.name ?? '', entry]));
  });

  it('is off by default', () => {
    expect(byClass(publications(), 'bibtex')).toEqual([]);
  });

  it('adds a "BibTeX" toggle per paper, screen only, with the entry export-bibtex writes', () => {
    const section = publications({ bibtex: true });
    const toggles = elements(section, 'details').filter((node) => attr(node, 'class') === 'bibtex screen-only');
    expect(toggles).toHaveLength(PAPERS.length);
    expect(toggles.map((node) => textOf(elements(node, 'summary')[0] as HtmlNode))).toEqual(PAPERS.map(() => 'BibTeX'));
    expect(entriesOfPage(section)).toEqual(PAPERS.map((paper) => exported.get(paper.name)));
    expect(entriesOfPage(section)[0]).toMatch(/^@(?:article|inproceedings|misc|book|incollection|phdthesis)\{\w+,\n {2}title = \{/);
  });

  it("keeps each paper's citation key when the list is sorted, grouped or cut to the selected papers", () => {
    for (const options of [
      { sortPublications: 'date' },
      { groupPublications: 'type' },
      { selectedPublicationsOnly: true },
    ] as ThemeOptions[]) {
      const section = publications({ ...options, bibtex: true });
      expect(entriesOfPage(section)).toEqual(entriesOf(section).map((entry) => exported.get(nameOf(entry))));
    }
  });

  it('gives papers that would share a key a, b, … in the order written, as export-bibtex does', () => {
    const resume = {
      publications: [
        { name: 'Robust Things', authors: ['Ada Lovelace'], releaseDate: '2020' },
        { name: 'Robust Other Things', authors: ['Lovelace, Ada'], releaseDate: '2020-05' },
        'A line of text, not exported',
      ],
    };
    const section = elements(parseHtml(render(resume, { bibtex: true, sortPublications: 'date' })), 'section')[0] as HtmlNode;
    expect(entriesOfPage(section).map((entry) => /^@\w+\{(\w+),/.exec(entry)?.[1] ?? '')).toEqual([
      '',
      'lovelace2020robustb',
      'lovelace2020robusta',
    ]);
  });

  it('shows attack strings in an entry as text (LaTeX-escaped, as in the .bib file)', () => {
    const title = '</code></pre><script>alert(1)</script>';
    const html = render({ publications: [{ name: title, authors: ['"><img src=x onerror=alert(1)>'] }] }, { bibtex: true });
    const page = parseHtml(html);
    expect(elements(page, 'pre')).toHaveLength(1);
    expect(textOf(elements(page, 'pre')[0] as HtmlNode)).toContain(
      '\\textless{}/code\\textgreater{}\\textless{}/pre\\textgreater{}\\textless{}script\\textgreater{}alert(1)',
    );
    expect(elements(page, 'img')).toEqual([]);
    expect(html.split('<script').length - 1).toBe(1);
  });
});

describe('every option at once', () => {
  it('groups, sorts, numbers, cuts, links and counts together', () => {
    const section = publications({
      groupPublications: 'type',
      sortPublications: 'date',
      numberPublications: 'descending',
      maxAuthors: 3,
      coauthors: { 'Jürgen Schmidt': 'https://schmidt.example.org' },
      metrics: true,
      abstracts: 'show',
    });
    const conference = groupsOf(section).find((group) => group.heading === 'Conference Papers');
    const expected = byDate(PAPERS.filter((paper) => paper.type === 'conference'));
    expect(conference?.entries.map(titleOf)).toEqual(expected.map((paper, index) => `[C${expected.length - index}] ${paper.name}`));
    conference?.entries.forEach((entry, index) => {
      const paper = expected[index] as Paper;
      expect(authorsOf(entry)).toBe(expectedAuthorLine(paper.authors, 3, (count) => `and ${count} more`));
      expect(byClass(entry, 'cited-by').map(textOf)).toEqual(paper.citations === undefined ? [] : [`Cited by ${paper.citations}`]);
    });
    expect(byClass(section, 'pub-metrics')).toHaveLength(1);
  });
});
