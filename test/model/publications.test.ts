// The pieces behind the publication options: metrics, shortened author lists, name lookup, date
// order, option reading, and the view when every option is off.
import fc from 'fast-check';
import type { Author } from '../../src/model/types';
import { nameLookup } from '../../src/model/names';
import { resolveOptions } from '../../src/model/options';
import { pageDescription } from '../../src/model/linkedData';
import { parseInlineMarkdown, plainText } from '../../src/model/markdown';
import { marksOf, nameOf, shortenAuthors } from '../../src/sections/publications/authors';
import { typeGroup } from '../../src/sections/publications/order';
import { citationCount, citationMetrics } from '../../src/sections/publications/metrics';
import type { PublicationsView } from '../../src/sections/publications/view';
import { toView } from '../../src/view';
import { builtPapers, section } from '../helpers/views';

describe('citationMetrics', () => {
  it.each([
    [[], { citations: 0, hIndex: 0, i10Index: 0 }],
    [[0, 0, 0], { citations: 0, hIndex: 0, i10Index: 0 }],
    [[100], { citations: 100, hIndex: 1, i10Index: 1 }],
    [[10, 8, 5, 4, 3], { citations: 30, hIndex: 4, i10Index: 1 }],
    [[3, 5, 4, 8, 10], { citations: 30, hIndex: 4, i10Index: 1 }],
    [[25, 8, 5, 3, 3], { citations: 44, hIndex: 3, i10Index: 1 }],
    [[6, 6, 6, 6, 6, 6], { citations: 36, hIndex: 6, i10Index: 0 }],
    [[9, 10, 11], { citations: 30, hIndex: 3, i10Index: 2 }],
  ])('%j gives %j', (counts, expected) => {
    expect(citationMetrics(counts)).toEqual(expected);
  });

  it('reads only non-negative integer counts', () => {
    expect([0, 12, -1, 2.5, '7', null, Number.NaN, Infinity, 2 ** 60].map(citationCount)).toEqual([
      0,
      12,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

const author = (name: string, isOwner = false): Author => (isOwner ? { name, marks: '', isOwner } : name);
const line = (items: ReturnType<typeof shortenAuthors>) =>
  items
    .map((item) => (typeof item === 'string' ? item : 'gap' in item ? item.gap : item.isOwner ? `**${item.name}**` : item.name))
    .join(', ');
const more = (count: number) => `and ${count} more`;

describe('shortenAuthors', () => {
  const names = (owner: number, count = 10) =>
    Array.from({ length: count }, (_, index) => author(String.fromCharCode(65 + index), index === owner));

  it('leaves a list no longer than the limit as it is (the same array)', () => {
    const authors = names(-1, 3);
    expect(shortenAuthors(authors, 3, more)).toBe(authors);
  });

  it('cuts after the limit, with the count of names left out', () => {
    expect(line(shortenAuthors(names(-1), 3, more))).toBe('A, B, C, … and 7 more');
    expect(line(shortenAuthors(names(1), 3, more))).toBe('A, **B**, C, … and 7 more');
  });

  it('keeps the owner in place, with a gap on each side', () => {
    expect(line(shortenAuthors(names(5), 3, more))).toBe('A, B, C, …, **F**, … and 6 more');
    expect(line(shortenAuthors(names(3), 3, more))).toBe('A, B, C, **D**, … and 6 more');
  });

  it('puts the count in the gap before a last-author owner', () => {
    expect(line(shortenAuthors(names(9), 3, more))).toBe('A, B, C, … and 6 more, **J**');
  });

  it('does not cut when only the owner would be beyond the limit', () => {
    const authors = names(3, 4);
    expect(shortenAuthors(authors, 3, more)).toBe(authors);
  });
});

describe('nameLookup', () => {
  const pageOf = nameLookup([
    { name: 'Jürgen Schmidt', value: 'js' },
    { name: 'Priya Raghunathan', value: 'pr' },
  ]);

  it.each([
    ['Jürgen Schmidt', 'js'],
    ['Jurgen Schmidt', 'js'],
    ['JÜRGEN SCHMIDT', 'js'],
    ['J. Schmidt', 'js'],
    ['J Schmidt', 'js'],
    ['Schmidt, Jürgen', 'js'],
    ['Schmidt, J.', 'js'],
    ['raghunathan, priya', 'pr'],
    ['P. Raghunathan', 'pr'],
    ['Julia Schmidt', undefined],
    ['K. Schmidt', undefined],
    ['Schmidt', undefined],
    ['Jürgen X. Schmidt', undefined],
    ['', undefined],
  ])('%j → %j', (name, value) => {
    expect(pageOf(name)).toBe(value);
  });
});

describe('resolveOptions for the publication options', () => {
  const resolve = (themeOptions: unknown, given?: unknown) => resolveOptions({ meta: { themeOptions } }, given);
  const DEFAULTS = {
    numberPublications: 'none',
    sortPublications: 'none',
    maxAuthors: 0,
    coauthors: [],
    authorMarks: {},
    markMentees: '',
    metrics: false,
    abstracts: 'collapse',
    bibtex: false,
  };

  it('has defaults that change nothing', () => {
    expect(resolve({})).toMatchObject(DEFAULTS);
  });

  it('reads valid values from meta.themeOptions, render options winning', () => {
    const options = resolve(
      { numberPublications: 'Descending', sortPublications: 'date', maxAuthors: 4, metrics: true, abstracts: 'show' },
      { abstracts: 'hide', coauthors: { 'Jane Doe': 'jane.example.org', 'Bad Link': 'javascript:alert(1)', ' ': 'https://x.example.org' } },
    );
    expect(options).toMatchObject({
      numberPublications: 'descending',
      sortPublications: 'date',
      maxAuthors: 4,
      metrics: true,
      abstracts: 'hide',
    });
    expect(options.coauthors).toEqual([
      { name: 'Jane Doe', url: 'jane.example.org', href: 'https://jane.example.org' },
      { name: 'Bad Link', url: 'javascript:alert(1)', href: undefined },
    ]);
  });

  it.each([
    {
      numberPublications: 'yes',
      sortPublications: 'title',
      maxAuthors: 0,
      metrics: 'true',
      abstracts: 'open',
      coauthors: ['Jane'],
      authorMarks: ['‡'],
    },
    {
      numberPublications: 1,
      sortPublications: null,
      maxAuthors: 1.5,
      metrics: 1,
      abstracts: true,
      coauthors: 'Jane',
      authorMarks: { '^': 'Student', '‡‡': 'Student', '‡': 3 },
    },
  ])('ignores ill-typed values: %j', (themeOptions) => {
    expect(resolve(themeOptions)).toMatchObject(DEFAULTS);
  });
});

describe('the legend of author marks', () => {
  const legend = (authors: string[], themeOptions: unknown = {}) => {
    const view = toView({ basics: { name: 'Ada Lovelace' }, publications: [{ name: 'P', authors }], meta: { themeOptions } });
    const found = view.sections.find((section) => section.kind === 'known' && section.key === 'publications');
    const publications = found?.view as PublicationsView;
    builtPapers(publications);
    return publications.legend();
  };

  it('explains * and † by default, and no other mark', () => {
    expect(legend(['Ada Lovelace*', 'Max Poe†', 'Jane Roe‡'])).toEqual([
      { mark: '*', meaning: 'Equal contribution' },
      { mark: '†', meaning: 'Corresponding author' },
    ]);
  });

  it('explains the marks authorMarks gives a meaning, in the order * † ‡ § ¶ #, only where they are used', () => {
    const themeOptions = {
      authorMarks: { '§': 'Postdoctoral fellow', '‡': 'Student I supervised', '#': 'Unused', '*': 'Joint first authors' },
    };
    expect(legend(['Jane Roe‡', 'Ada Lovelace*', 'Max Poe*§'], themeOptions)).toEqual([
      { mark: '*', meaning: 'Joint first authors' },
      { mark: '‡', meaning: 'Student I supervised' },
      { mark: '§', meaning: 'Postdoctoral fellow' },
    ]);
  });
});

describe('mentees marked in author lists (markMentees)', () => {
  const mentoring = { current_students: [{ name: 'Ben Student' }], past_students: [{ student: 'Cléo Former' }, 'Dan Line'] };
  const authorsOf = (themeOptions: unknown, more: object = {}) => {
    const view = toView({
      basics: { name: 'Ada Lovelace' },
      mentoring,
      publications: [{ name: 'P', authors: ['Ada Lovelace', 'B. Student', 'Former, Cleo*', 'Dan Line‡', 'Eve Other'] }],
      meta: { themeOptions },
      ...more,
    });
    const found = view.sections.find((section) => section.kind === 'known' && section.key === 'publications');
    const publications = found?.view as PublicationsView;
    const [paper] = builtPapers(publications);
    return { authors: paper?.authors.map((author) => nameOf(author) + marksOf(author)), legend: publications.legend() };
  };

  it('marks the people of the mentoring section, in lists and groups, matched as your name is, once', () => {
    expect(authorsOf({ markMentees: '‡' })).toEqual({
      authors: ['Ada Lovelace', 'B. Student‡', 'Former, Cleo*‡', 'Dan Line‡', 'Eve Other'],
      legend: [
        { mark: '*', meaning: 'Equal contribution' },
        { mark: '‡', meaning: 'Mentee' },
      ],
    });
  });

  it('marks no one without the option, and explains the mark in the words authorMarks gives, in the page language otherwise', () => {
    expect(authorsOf({}).authors).toEqual(['Ada Lovelace', 'B. Student', 'Former, Cleo*', 'Dan Line‡', 'Eve Other']);
    expect(authorsOf({ markMentees: '§', authorMarks: { '§': 'Student I supervised' } }).legend[1]).toEqual({
      mark: '§',
      meaning: 'Student I supervised',
    });
    expect(authorsOf({ markMentees: '§', locale: 'pt' }).legend[1]).toEqual({ mark: '§', meaning: 'Orientando' });
  });

  it('still marks them when the mentoring section is hidden', () => {
    expect(authorsOf({ markMentees: '‡', hide: ['mentoring'] }).authors?.[1]).toBe('B. Student‡');
  });
});

describe('the view with every publication option off', () => {
  const view = toView(
    { publications: [{ name: 'P', authors: ['A', 'B', 'C', 'D'], citations: 5, abstract: 'Text', releaseDate: '2020' }, { name: 'Q' }] },
    { abstracts: 'hide' },
  );
  const publications = view.sections[0]?.view as PublicationsView;
  const [first] = builtPapers(publications);

  it('does no work for them: no number, the author list itself, no count read, no abstract parsed', () => {
    expect(first?.number).toBe('');
    expect(first?.shownAuthors).toBe(first?.authors);
    expect(first?.citations).toBeUndefined();
    expect(first?.citedBy).toBe('');
    expect(first?.abstract).toEqual([]);
    expect(first?.bibtex).toBe('');
    expect(first?.authors.every((item) => typeof item === 'string' || !('href' in item))).toBe(true);
    expect(publications.metrics).toBeUndefined();
  });
});

describe('pageDescription', () => {
  it('joins the label and the plain text of the summary', () => {
    expect(pageDescription('Professor', parseInlineMarkdown('Works on *robust* [ML](https://x.example.org).'))).toBe(
      'Professor — Works on robust ML.',
    );
    expect(pageDescription('', [])).toBe('');
  });

  it('cuts at a word near 200 characters and never splits a surrogate pair', () => {
    const long = pageDescription('', parseInlineMarkdown('word '.repeat(80)));
    expect(long.length).toBeLessThanOrEqual(201);
    expect(long).toMatch(/word…$/);
    const emoji = pageDescription('', parseInlineMarkdown('🧪'.repeat(150)));
    expect(emoji).toBe(`${'🧪'.repeat(100)}…`);
  });

  it('writes every run of whitespace as one space, whether or not the text needs it', () => {
    expect(pageDescription('Professor', [{ kind: 'text', text: ' Works\ton\n\nrobust\u00a0ML.  ' }])).toBe(
      'Professor — Works on robust ML.',
    );
    const spacing = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\r\n');
    const text = fc.array(fc.oneof(fc.string({ maxLength: 8 }), spacing), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (label, summary) => {
        const collapsed = [label, summary].filter(Boolean).join(' — ').replace(/\s+/g, ' ').trim();
        const written = pageDescription(label, [{ kind: 'text', text: summary }]);
        expect(collapsed.length > 200 ? collapsed.startsWith(written.slice(0, -1).trimEnd()) : written === collapsed).toBe(true);
      }),
    );
  });
});

describe('typeGroup', () => {
  const known = ['journal', 'conference', 'workshop', 'preprint', 'thesis', 'book', 'chapter', 'other'];
  it.each([
    ['journal', 'journal'],
    ['article', 'journal'],
    ['journal article', 'journal'],
    ['inproceedings', 'conference'],
    ['conference paper', 'conference'],
    ['refereed conference proceedings', 'conference'],
    ['workshop paper', 'workshop'],
    ['conference workshop', 'workshop'],
    ['arxiv preprint', 'preprint'],
    ['unpublished', 'preprint'],
    ['phdthesis', 'thesis'],
    ['phd dissertation', 'thesis'],
    ['book chapter', 'chapter'],
    ['incollection', 'chapter'],
    ['edited book', 'book'],
    ['poster', 'other'],
    ['notebook', 'other'],
    ['constructor', 'other'],
    ['__proto__', 'other'],
    ['', 'other'],
  ])('%j is in the %s group', (type, group) => {
    expect(typeGroup(type, known)).toBe(group);
  });
});

describe('publication fields from exports and bibliographies', () => {
  const pub = (item: Record<string, unknown>) => {
    const shown = toView({ publications: [item] }, { metrics: true }).sections.find((part) => part.key === 'publications');
    return builtPapers(shown?.view as PublicationsView)[0];
  };

  it('shows the full venue name, volume, issue and pages after the venue', () => {
    expect(
      pub({
        name: 'P',
        venue: 'NeurIPS 2022',
        venueFull: 'Advances in Neural Information Processing Systems',
        volume: '35',
        issue: 2,
        pages: '1–12',
      })?.venueDetail,
    ).toBe('Advances in Neural Information Processing Systems 35(2), 1–12');
    expect(pub({ name: 'P', journal: 'Nature', volume: 600, pages: '12–18' })?.venueDetail).toBe('600, 12–18');
    expect(pub({ name: 'P', venue: 'JMLR', venueFull: 'JMLR' })?.venueDetail).toBe('');
  });

  it('reads authors written as { name } objects, a PubMed id as a link, and citationCount as citations', () => {
    const paper = pub({ name: 'P', authors: [{ name: 'Ann Author', s2AuthorId: '1' }, 'Bob Writer'], pmid: '41659455', citationCount: 7 });
    expect(paper?.authors.map(nameOf)).toEqual(['Ann Author', 'Bob Writer']);
    expect(paper?.links).toContainEqual({ label: 'PMID:41659455', href: 'https://pubmed.ncbi.nlm.nih.gov/41659455/' });
    expect(paper?.citedBy).toBe('Cited by 7');
  });
});

describe('author views', () => {
  it('keeps a co-author with no mark, page or bold as the name alone, and the others as views', () => {
    const view = toView(
      { basics: { name: 'Tianhao Wu' }, publications: [{ name: 'P', authors: ['Jane Roe', ' T. Wu ', 'Max Poe†', { name: 'Ann Lee' }] }] },
      { coauthors: { 'Ann Lee': 'https://ann.example' } },
    );
    const [paper] = builtPapers(view.sections.find((part) => part.key === 'publications')?.view as PublicationsView);
    expect(paper?.authors).toEqual([
      'Jane Roe',
      { name: 'T. Wu', marks: '', isOwner: true },
      { name: 'Max Poe', marks: '†', isOwner: false },
      { name: 'Ann Lee', marks: '', isOwner: false, href: 'https://ann.example' },
    ]);
  });
});

describe('papers built as the page writes them', () => {
  const papers = [
    { name: 'Titled', authors: ['Ada Lovelace*'] },
    { authors: ['Only Authors'] },
    {},
    { summary: { text: 'no' } },
    'A citation, as text',
  ];
  const listed = (view: PublicationsView) => view.groups.flatMap((group) => group.items);

  it('lists the papers that show anything, building up front only those with no title, venue, status, award or date', () => {
    const publications = section(toView({ basics: { name: 'Ada Lovelace' }, publications: papers }), 'publications');
    expect(listed(publications).map((paper) => [paper.index, paper.view !== undefined])).toEqual([
      [0, false],
      [1, true],
      [4, true],
    ]);
    expect(publications.legend()).toEqual([]);
    expect(publications.articles.scriptText()).toBe('');
    expect(
      builtPapers(publications).map((pub) => pub.title || plainText(pub.summary) || (pub.authors[0] && nameOf(pub.authors[0]))),
    ).toEqual(['Titled', 'Only Authors', 'A citation, as text']);
    expect(publications.legend()).toEqual([{ mark: '*', meaning: 'Equal contribution' }]);
    expect(JSON.parse(`[${publications.articles.scriptText()}]`)).toEqual([expect.objectContaining({ name: 'Titled' })]);
  });

  it('builds every paper under validate(), which reads them all', () => {
    const publications = section(toView({ publications: papers }, {}, { warn: () => undefined }), 'publications');
    expect(listed(publications).every((paper) => paper.view !== undefined)).toBe(true);
  });
});
