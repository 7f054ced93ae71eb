import { TITLE_COMMANDS, bibtexName, escapeLatex, escapeTitle, escapeVerbatim, latexTitle } from '../../src/bibtex/latex';
import { FORMATTING_TAGS } from '../../src/model/titleTags';
import { citationKeys, formatBibtex, formatEntry, recordFromJson, type BibRecord } from '../../src/bibtex/write';

function record(fields: Partial<BibRecord>): BibRecord {
  return {
    type: '',
    title: 'A Title',
    authors: [],
    venue: '',
    venueFull: '',
    publisher: '',
    date: '',
    doi: '',
    arxiv: '',
    url: '',
    status: '',
    abstract: '',
    ...fields,
  };
}

/** The value of one field in an entry, as written. */
function field(entry: string, name: string): string | undefined {
  return new RegExp(`^  ${name} = (.*?),?$`, 'm').exec(entry)?.[1];
}

describe('recordFromJson reads a publication the way the theme does', () => {
  it('takes the title from name or title, and skips what is not a titled object', () => {
    expect(recordFromJson({ name: 'From name', title: 'ignored' })?.title).toBe('From name');
    expect(recordFromJson({ title: 'From title' })?.title).toBe('From title');
    for (const item of [null, 'text', 42, [], {}, { name: '  ' }, { name: false }]) expect(recordFromJson(item)).toBeUndefined();
    // Numbers are text to the theme (a year, a GPA), so to BibTeX too.
    expect(recordFromJson({ name: 1984 })?.title).toBe('1984');
  });

  it('reads the venue from venue, journal, else publisher; a publisher equal to the venue is not repeated', () => {
    expect(recordFromJson({ name: 'x', venue: 'COLM 2024', journal: 'J', publisher: 'P' })).toMatchObject({
      venue: 'COLM 2024',
      publisher: 'P',
    });
    expect(recordFromJson({ name: 'x', journal: 'JMLR', publisher: 'MIT Press' })).toMatchObject({ venue: 'JMLR', publisher: 'MIT Press' });
    expect(recordFromJson({ name: 'x', publisher: 'ACM' })).toMatchObject({ venue: 'ACM', publisher: '' });
  });

  it('reads authors as a list of names or { name } objects, or one "A and B" / "A; B" string, without their marks', () => {
    expect(recordFromJson({ name: 'x', authors: ['Ann Lee*', 'Bo Chen†', null, { id: 7 }, 'Cy Diaz'] })?.authors).toEqual([
      'Ann Lee',
      'Bo Chen',
      'Cy Diaz',
    ]);
    expect(recordFromJson({ name: 'x', authors: [{ name: 'Di Fu*' }, 'Ed Gao'] })?.authors).toEqual(['Di Fu', 'Ed Gao']);
    expect(recordFromJson({ name: 'x', authors: 'Lee, Ann and Chen, Bo*' })?.authors).toEqual(['Lee, Ann', 'Chen, Bo']);
    expect(recordFromJson({ name: 'x', authors: 'Ann Lee; Bo Chen' })?.authors).toEqual(['Ann Lee', 'Bo Chen']);
  });

  it('reads the date from releaseDate or date, strips DOI and arXiv URL prefixes, and takes url or website', () => {
    expect(
      recordFromJson({
        name: 'x',
        date: '2023-05',
        doi: 'https://doi.org/10.1/ABC',
        arxiv: 'https://arxiv.org/pdf/2410.10630v2.pdf',
        website: 'https://w.example',
      }),
    ).toMatchObject({ date: '2023-05', doi: '10.1/ABC', arxiv: '2410.10630v2', url: 'https://w.example' });
    expect(
      recordFromJson({
        name: 'x',
        releaseDate: '2024',
        date: '2023',
        doi: 'doi:10.2/x',
        arxiv: 'arXiv:hep-th/9901001',
        url: 'https://u.example',
      }),
    ).toMatchObject({ date: '2024', doi: '10.2/x', arxiv: 'hep-th/9901001', url: 'https://u.example' });
  });
});

describe('LaTeX escaping', () => {
  it('escapes each of TeX special characters so that it prints as itself', () => {
    expect(escapeLatex('& % $ # _ { } ~ ^ \\')).toBe(
      '\\& \\% \\$ \\# \\_ \\{ \\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
    expect(escapeLatex('a < b > c')).toBe('a \\textless{} b \\textgreater{} c');
  });

  it('keeps braces that would not pair up out of BibTeX brace counting, and breaks TeX ligatures', () => {
    expect(escapeLatex('a } b {')).toBe('a \\textbraceright{} b \\textbraceleft{}');
    expect(escapeLatex("2019--2020 ``x'' ?`")).toBe("2019-{}-2020 `{}`x'{}' ?{}`");
  });

  it('leaves non-ASCII as UTF-8 and collapses whitespace', () => {
    expect(escapeLatex('  Zoë  Ångström\n中文 ')).toBe('Zoë Ångström 中文');
  });

  it('protects words with inner capitals or digits in titles', () => {
    expect(escapeTitle('Thinking LLMs: GPT-4 and K2 for RLAIF')).toBe('Thinking {LLMs:} {GPT-4} and {K2} for {RLAIF}');
  });

  it('percent-encodes only what would break a verbatim URL or DOI', () => {
    expect(escapeVerbatim('https://x.org/a_b%20c?q=1#f')).toBe('https://x.org/a_b%20c?q=1#f');
    expect(escapeVerbatim('https://x.org/{a} b\\c')).toBe('https://x.org/%7Ba%7D%20b%5Cc');
  });
});

describe('a title with formatting tags', () => {
  it('writes each tag as its LaTeX command, the text between escaped as in any title', () => {
    expect(latexTitle('First Report of <i>Ralstonia syzygii</i> in H<sub>2</sub>O & soil')).toBe(
      'First Report of \\textit{Ralstonia syzygii} in H\\textsubscript{2}O \\& soil',
    );
    expect(latexTitle('<b>Bold <em>LLMs</em></b>, <strong>x</strong><sup>13</sup>C and <u>u</u>')).toBe(
      '\\textbf{Bold \\emph{{LLMs}}}, \\textbf{x}\\textsuperscript{13}C and \\underline{u}',
    );
    expect(latexTitle('<I>Upper</I>  case   tags')).toBe('\\textit{Upper} case tags');
    expect(latexTitle('No tags: {set} 50%')).toBe(escapeTitle('No tags: {set} 50%'));
  });

  it('leaves out a closing tag without its opening one, as the plain text does, and closes what is left open', () => {
    expect(latexTitle('a </i> b <i>open <b>both')).toBe('a b \\textit{open \\textbf{both}}');
    expect(latexTitle('<b><i>crossed</b></i>')).toBe('\\textbf{\\textit{crossed}}');
  });

  it('has a command for every formatting tag the theme shows', () => {
    expect([...FORMATTING_TAGS.keys()].filter((tag) => !TITLE_COMMANDS.has(tag))).toEqual([]);
  });
});

describe('author names', () => {
  it.each([
    ['Tianhao Wu', 'Wu, Tianhao'],
    ['Piet van der Berg', 'van der Berg, Piet'],
    ['Juan De la Cruz', 'la Cruz, Juan De'],
    ['Martin Luther King, Jr.', 'King, Jr., Martin Luther'],
    ['Wu, Tianhao', 'Wu, Tianhao'],
    ['Plato', 'Plato'],
    ['et al.', 'others'],
    ["Jean-Pierre O'Neil_x", "O'Neil\\_x, Jean-Pierre"],
    ['FAIR Diplomacy Team', '{FAIR Diplomacy Team}'],
    ['Department of Physics, University of Minnesota', '{Department of Physics, University of Minnesota}'],
    ['Ann and Bo Lee', 'Lee, Ann {and} Bo'],
  ])('%s → %s', (name, expected) => expect(bibtexName(name)).toBe(expected));
});

describe('citation keys', () => {
  it('are family name, year and the first word of the title that says something, in ASCII', () => {
    expect(citationKeys([record({ authors: ['Zoë Ångström'], date: '2024-10', title: 'The Über-Model of Things' })])).toEqual([
      'angstrom2024uber',
    ]);
    expect(citationKeys([record({ authors: ['Wu, Tianhao'], date: '2023', title: 'A Study' })])).toEqual(['wu2023study']);
    expect(citationKeys([record({ authors: ['et al.'], title: '中文' })])).toEqual(['anon']);
    // Without a date, the year an arXiv id was posted.
    expect(citationKeys([record({ authors: ['Tianhao Wu'], arxiv: '2410.10630', title: 'Thinking LLMs' })])).toEqual(['wu2024thinking']);
    expect(citationKeys([record({ authors: ['Tianhao Wu'], arxiv: 'hep-th/9901001', title: 'Strings' })])).toEqual(['wustrings']);
  });

  it('are unique across the list, with a, b, c in list order, and stable', () => {
    const same = record({ authors: ['Tianhao Wu'], date: '2024', title: 'Thinking LLMs' });
    const list = [
      same,
      record({ authors: ['Ann Lee'], date: '2024', title: 'Other' }),
      same,
      same,
      record({ authors: ['Wu'], date: '2024', title: 'Thinking' }),
    ];
    const keys = citationKeys(list);
    expect(keys).toEqual(['wu2024thinkinga', 'lee2024other', 'wu2024thinkingb', 'wu2024thinkingc', 'wu2024thinkingd']);
    expect(citationKeys(list)).toEqual(keys);
  });

  it('never collide with a key that already ends in a letter', () => {
    const keys = citationKeys([
      record({ authors: ['Wu'], date: '2024', title: 'Thinking' }),
      record({ authors: ['Wu'], date: '2024', title: 'Thinkinga' }),
      record({ authors: ['Wu'], date: '2024', title: 'Thinking' }),
    ]);
    expect(new Set(keys).size).toBe(3);
    expect(keys[1]).toBe('wu2024thinkinga');
  });
});

describe('formatEntry and formatBibtex', () => {
  it('writes a conference paper with every field', () => {
    const entry = formatEntry(
      record({
        type: 'conference',
        title: 'Starling-7B: Helpfulness & Harmlessness',
        authors: ['Banghua Zhu', 'Tianhao Wu'],
        venue: 'COLM 2024',
        publisher: 'OpenReview',
        date: '2024-10-07',
        doi: '10.5555/x_y',
        arxiv: '2311.00001',
        url: 'https://openreview.net/forum?id=Gq_D',
        status: 'To Appear',
        abstract: 'We show 50% gains.',
      }),
      'zhu2024starling',
    );
    expect(entry).toBe(
      [
        '@inproceedings{zhu2024starling,',
        '  title = {{Starling-7B:} Helpfulness \\& Harmlessness},',
        '  author = {Zhu, Banghua and Wu, Tianhao},',
        '  booktitle = {COLM 2024},',
        '  publisher = {OpenReview},',
        '  year = {2024},',
        '  month = oct,',
        '  date = {2024-10-07},',
        '  doi = {10.5555/x_y},',
        '  eprint = {2311.00001},',
        '  archivePrefix = {arXiv},',
        '  url = {https://openreview.net/forum?id=Gq_D},',
        '  note = {To Appear},',
        '  abstract = {We show 50\\% gains.}',
        '}',
      ].join('\n'),
    );
  });

  it.each([
    ['journal', 'article', 'journal'],
    ['conference', 'inproceedings', 'booktitle'],
    ['workshop', 'inproceedings', 'booktitle'],
    ['chapter', 'incollection', 'booktitle'],
    ['preprint', 'misc', 'howpublished'],
    ['', 'misc', 'howpublished'],
    ['talk', 'misc', 'howpublished'],
    ['thesis', 'phdthesis', 'school'],
    ['book', 'book', 'publisher'],
    ['report', 'techreport', 'institution'],
  ])('type "%s" is @%s with the venue as %s', (type, entryType, venueField) => {
    const entry = formatEntry(record({ type, venue: 'The Venue' }), 'k');
    expect(entry.startsWith(`@${entryType}{k,\n`)).toBe(true);
    expect(field(entry, venueField)).toBe('{The Venue}');
  });

  it('keeps a thesis venue beside its school, and writes the short venue as abbr beside the full one', () => {
    const thesis = formatEntry(record({ type: 'thesis', venue: 'PhD thesis', publisher: 'UC Berkeley' }), 'k');
    expect([field(thesis, 'school'), field(thesis, 'howpublished')]).toEqual(['{UC Berkeley}', '{PhD thesis}']);
    const short = formatEntry(record({ type: 'conference', venue: 'NeurIPS 2022', venueFull: 'Advances in NeurIPS' }), 'k');
    expect([field(short, 'booktitle'), field(short, 'abbr')]).toEqual(['{Advances in NeurIPS}', '{NeurIPS 2022}']);
  });

  it('writes a year alone for a year or an unreadable date, and nothing without one', () => {
    expect(formatEntry(record({ date: '2021' }), 'k')).toContain('  year = {2021}\n}');
    expect(formatEntry(record({ date: 'Spring 2021' }), 'k')).toContain('  year = {2021}\n}');
    expect(formatEntry(record({ date: 'soon' }), 'k')).not.toMatch(/year|month/);
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('writes a paper of type %j as @misc, without throwing', (type) => {
    expect(formatEntry(record({ type, venue: 'V' }), 'k')).toBe('@misc{k,\n  title = {A Title},\n  howpublished = {V}\n}');
  });

  it('gives one entry per record, keys unique', () => {
    const entries = formatBibtex([record({ authors: ['A B'], date: '2020' }), record({ authors: ['A B'], date: '2020' })]);
    expect(entries.map((entry) => /^@\w+\{([^,]+),/.exec(entry)?.[1])).toEqual(['b2020titlea', 'b2020titleb']);
  });
});
