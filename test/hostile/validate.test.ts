// validate(): schema errors and research-lint warnings, each at its JSON pointer, in plain words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validate, type Problem } from '../../index';
import { officialResumes } from '../helpers/hostile/samples';

const read = (path: string) => JSON.parse(readFileSync(join(__dirname, '..', '..', path), 'utf8')) as Record<string, unknown>;
const knownErrors = read('test/hostile/fixtures/known-errors.json');

const summary = (problems: Problem[]) => problems.map(({ severity, path }) => `${severity} ${path}`);

describe('a resume with known mistakes', () => {
  const problems = validate(knownErrors);

  it.each([
    ['error', '/basics/email', /email address/],
    ['error', '/basics/profiles/0/url', /should be text, not a number/],
    ['error', '/work/1/startDate', /YYYY, YYYY-MM or YYYY-MM-DD/],
    ['error', '/work/3/highlights', /should be a list, not text/],
    ['error', '/education/0/courses/0', /should be text/],
    ['error', '/education/0/courses/1', /should be text/],
    ['error', '/publications/5/authors', /should be a list or text, not an object/],
    ['warning', '/publications/5/authors/names', /is not shown/],
    ['error', '/publications/5/selected', /true or false/],
    ['error', '/publications/6/links/1', /should be an object/],
    ['error', '/skills/0/keywords', /should be a list/],
    ['error', '/meta/themeOptions/paper', /"a4", "letter"/],
    ['error', '/meta/themeOptions/dir', /"ltr", "rtl"/],
    ['warning', '/meta/themeOptions/hide/0', /"hobbies" is not a section of this resume/],
    ['error', '/meta/themeOptions/nameVariants', /should be a list/],
    ['warning', '/work/0/endDate', /before the start date/],
    ['warning', '/education/0/endDate', /before the start date/],
    ['warning', '/work/2/startDate', /not a date the theme can read/],
    ['warning', '/publications/0/authors', /Your name \(Ada Lovelace\) is not in this paper's authors/],
    ['warning', '/publications/1/venue', /"Accepted" but has no venue/],
    ['warning', '/publications/2/name', /Same title as publications\[0\]/],
    ['warning', '/publications/3/doi', /not a DOI/],
    ['warning', '/publications/3/arxiv', /not an arXiv identifier/],
    ['warning', '/publications/6/links/0/url', /not shown as a link/],
    ['warning', '/basics/url', /not shown as a link/],
  ])('reports a %s at %s', (severity, path, message) => {
    const found = problems.filter((problem) => problem.path === path);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity, message: expect.stringMatching(message) });
  });

  it('reports nothing else: not the owner written "A. Lovelace" or "Lovelace, Ada", nor valid DOI and arXiv ids', () => {
    expect(problems).toHaveLength(25);
    expect(summary(problems).filter((line) => /publications\/(2\/authors|4)/.test(line))).toEqual([]);
  });

  it('writes messages that name the field as a person would', () => {
    expect(problems.find((problem) => problem.path === '/education/0/courses/1')?.message).toBe(
      'education[0].courses[1] should be text, not a number.',
    );
  });
});

describe('theme options', () => {
  it.each([
    ['recent', 'meta.themeOptions.publicationsSince should be a year, such as 2022.'],
    [21, 'meta.themeOptions.publicationsSince should be 1000 or more.'],
    [2021.5, 'meta.themeOptions.publicationsSince should be a whole number or text, not a number.'],
  ])('name publicationsSince %p as no year', (value, message) => {
    expect(validate({ meta: { themeOptions: { publicationsSince: value } } })).toEqual([
      { path: '/meta/themeOptions/publicationsSince', message, severity: 'error' },
    ]);
  });

  it('take a year as a number or as text', () => {
    for (const value of [2021, '2021']) expect(validate({ meta: { themeOptions: { publicationsSince: value } } })).toEqual([]);
  });
});

describe('research lint', () => {
  const lintOf = (resume: unknown) => summary(validate(resume).filter((problem) => problem.severity === 'warning'));

  it('finds the owner through meta.themeOptions.nameVariants', () => {
    const resume = { basics: { name: 'Tianhao Wu' }, publications: [{ name: 'P', venue: 'V', authors: ['Wu Tianhao†', 'B'] }] };
    expect(lintOf(resume)).toEqual(['warning /publications/0/authors']);
    expect(lintOf({ ...resume, meta: { themeOptions: { nameVariants: ['Wu Tianhao'] } } })).toEqual([]);
  });

  it('names a title with HTML tags it shows as written; its formatting tags it shows as formatting', () => {
    const paper = (name: string) => ({ publications: [{ name, venue: 'V' }] });
    // carlosdenner-….json's "<i>Ralstonia syzygii</i>" is italics.
    expect(lintOf(paper('First Report of <i>Ralstonia syzygii</i> in H<sub>2</sub>O'))).toEqual([]);
    // Small capitals are left out of a title; its formatting tags are still read as formatting.
    expect(lintOf(paper('Explaining <i>E. coli</i> growth with <scp>SHAP</scp>'))).toEqual([]);
    const titles: [name: string, tags: string, pronoun: string][] = [
      ['See <a href="https://x.org">this</a>', '"<a href="https://x.org">", "</a>" are', 'them'],
      ['Line<br>break', '"<br>" is', 'it'],
      ['An <i class="species">E. coli</i> study', '"<i class="species">" is', 'it'],
    ];
    for (const [name, tags, pronoun] of titles) {
      expect(validate(paper(name)).filter((problem) => problem.severity === 'warning')).toEqual([
        {
          path: '/publications/0/name',
          severity: 'warning',
          message: `${tags} shown as text: a title keeps only the formatting tags b, i, em, strong, u, sub and sup. Leave ${pronoun} out.`,
        },
      ]);
    }
    expect(lintOf(paper('Bounds for a < b and c > d'))).toEqual([]);
    expect(lintOf(paper('Learning <italic> structures'))).toEqual([]);
  });

  describe('HTML that the page shows as text', () => {
    const warnings = (resume: unknown) =>
      validate(resume)
        .filter((problem) => /shown as text/.test(problem.message))
        .map(({ path, message }) => `${path}: ${message}`);

    it('names the tags of prose that are not the inline ones: an image, a stray closing tag', () => {
      // academicpages' portfolio entries are written so.
      const portfolio = [{ name: 'Item', description: "Short description<br/><img src='/images/500x300.png'>" }];
      expect(warnings({ portfolio })).toEqual([
        `/portfolio/0/description: "<img src='/images/500x300.png'>" is shown as text: of HTML, the page keeps only the formatting tags b, i, em, strong, u, sub and sup, line breaks (br) and links (a href). Leave it out.`,
      ]);
      expect(warnings({ work: [{ name: 'W', highlights: ['Closed </b> twice', '<table><tr><td>1</td></tr></table>'] }] })).toEqual([
        expect.stringMatching(/^\/work\/0\/highlights\/0: "<\/b>" is shown as text/),
        expect.stringMatching(/^\/work\/0\/highlights\/1: "<table>", "<tr>", "<td>", "<\/td>", "<\/tr>", "<\/table>" are shown/),
      ]);
    });

    it('reads an abstract the page hides as prose: its formatting tags are not named', () => {
      const paper = { name: 'T', abstract: 'Growth of <i>E. coli</i>.<br><img src="fig.png">' };
      for (const abstracts of ['show', 'hide']) {
        expect(warnings({ meta: { themeOptions: { abstracts } }, publications: [paper] })).toEqual([
          expect.stringMatching(/^\/publications\/0\/abstract: "<img src="fig.png">" is shown as text: of HTML/),
        ]);
      }
    });

    it('is silent on the tags prose shows, on code, and on angle brackets that are no HTML', () => {
      const highlights = [
        '<b>Bold</b>, <i>italic</i>, H<sub>2</sub>O, a<br>break and <a href="https://x.org">a link</a>',
        'Wrote `<img>` handling',
        'Templates as vector<int> and <T>; p < 0.05',
      ];
      expect(warnings({ work: [{ name: 'W', highlights }] })).toEqual([]);
    });

    it('names every HTML tag of a field shown as plain text, as the real resumes write them', () => {
      // dinhviettoanle-….json: links in an institution, bold in skills.
      const resume = {
        education: [{ institution: 'Équipes <a href="https://algomus.fr/">Algomus</a>' }],
        skills: [{ name: 'Code', keywords: ['<b>Python</b>'] }],
      };
      expect(warnings(resume)).toEqual([
        '/education/0/institution: "<a href="https://algomus.fr/">", "</a>" are shown as text: this field is plain text, shown as written. Leave them out.',
        '/skills/0/keywords/0: "<b>", "</b>" are shown as text: this field is plain text, shown as written. Leave them out.',
      ]);
    });

    it('names them where real resumes write them: an academicpages portfolio, a link with no address', () => {
      const named = (file: string) => warnings(read(`test/fixtures/real-resumes/${file}`)).map((line) => line.slice(0, line.indexOf(':')));
      expect(named('1JunGu-1jungu.github.io.json')).toEqual(['/portfolio/0/description']);
      // Its other thesis and both supervisors are links, shown as links.
      expect(named('myamamoto26-myamamoto26.github.io.json')).toEqual(['/education/1/thesis']);
    });

    it('says nothing of text the page does not show', () => {
      expect(warnings({ work: [{ name: 'W', id: '<b>1</b>' }], meta: { note: '<img src="x.png">' } })).toEqual([]);
    });
  });

  it('compares dates only as precisely as both are written', () => {
    const work = (startDate: string, endDate: string) => ({ work: [{ name: 'W', startDate, endDate }] });
    expect(lintOf(work('2020-05', '2020'))).toEqual([]);
    expect(lintOf(work('2020-05-20', '2020-05'))).toEqual([]);
    expect(lintOf(work('2020-05-20', '2020-05-19'))).toEqual(['warning /work/0/endDate']);
    expect(lintOf(work('2021', '2020-12'))).toEqual(['warning /work/0/endDate']);
  });

  it.each([
    ['10.1145/3368089.3409740', true],
    ['https://doi.org/10.48550/arXiv.2310.11511', true],
    ['doi: 10.1000/xyz123', true],
    ['10.1145', false],
    ['11.1145/x', false],
    ['http://example.org/10.1145/x', false],
  ])('DOI %j is valid: %s', (doi, valid) => {
    expect(lintOf({ publications: [{ name: 'P', doi }] })).toEqual(valid ? [] : ['warning /publications/0/doi']);
  });

  it.each([
    ['2310.11511', true],
    ['2310.11511v3', true],
    ['0704.0001', true],
    ['arXiv:1501.00001', true],
    ['https://arxiv.org/abs/2401.12345v1', true],
    ['hep-th/9901001', true],
    ['math.GT/0309136', true],
    ['cond-mat/0410445', true],
    ['2313.12345', false],
    ['2310.115', false],
    ['hep-th/99010', false],
    ['arxiv.org/abs/2310.11511', false],
  ])('arXiv id %j is valid: %s', (arxiv, valid) => {
    expect(lintOf({ publications: [{ name: 'P', arxiv }] })).toEqual(valid ? [] : ['warning /publications/0/arxiv']);
  });

  it('does not repeat as a warning what the schema already reports as an error', () => {
    expect(summary(validate({ awards: [{ title: 'A', date: 'last year' }] }))).toEqual(['error /awards/0/date']);
  });
});

describe('the publication options', () => {
  const problemsOf = (resume: unknown) => validate(resume).map(({ severity, path, message }) => `${severity} ${path}: ${message}`);
  const paper = { name: 'P', venue: 'V', authors: ['A. Author', 'B. Author', 'Ada Lovelace'] };

  it('warns when author lists are cut and the theme does not know whose name to keep', () => {
    expect(problemsOf({ publications: [paper], meta: { themeOptions: { maxAuthors: 2 } } })).toEqual([
      expect.stringMatching(
        /^warning \/meta\/themeOptions\/maxAuthors: Author lists longer than 2 names are cut, and the theme does not know your name/,
      ),
    ]);
    expect(problemsOf({ basics: { name: 'Ada Lovelace' }, publications: [paper], meta: { themeOptions: { maxAuthors: 2 } } })).toEqual([]);
    expect(problemsOf({ publications: [paper], meta: { themeOptions: { maxAuthors: 3 } } })).toEqual([]);
  });

  it('warns about a co-author link that is not safe, and one that no paper uses', () => {
    const coauthors = {
      'B. Author': 'javascript:alert(1)',
      'Carl / Other': 'https://carl.example.org',
      'Ann Author': 'https://ann.example.org',
    };
    expect(problemsOf({ basics: { name: 'Ada Lovelace' }, publications: [paper], meta: { themeOptions: { coauthors } } })).toEqual([
      'warning /meta/themeOptions/coauthors/B. Author: "javascript:alert(1)" is not shown as a link: only http(s), mailto and tel links, and relative ones, are.',
      'warning /meta/themeOptions/coauthors/Carl ~1 Other: No paper shown lists "Carl / Other" among its authors, so this link is not used: check the spelling against the author lists.',
    ]);
  });

  it('reports a citation count that is not a non-negative integer, once, as a schema error', () => {
    const counts = [12, -1, 2.5, '7'];
    const problems = validate({ publications: counts.map((citations, index) => ({ name: `P${index}`, citations })) });
    expect(summary(problems)).toEqual([
      'error /publications/1/citations',
      'error /publications/2/citations',
      'error /publications/3/citations',
    ]);
  });

  it('does not call abstracts or citations unused when their options are off', () => {
    const resume = {
      publications: [{ name: 'P', abstract: 'Text', citations: 3 }],
      meta: { themeOptions: { abstracts: 'hide', metrics: false } },
    };
    expect(validate(resume)).toEqual([]);
  });

  it('checks the option values', () => {
    const themeOptions = {
      numberPublications: 'roman',
      sortPublications: 'title',
      maxAuthors: 0,
      metrics: 'yes',
      abstracts: 'open',
      coauthors: { Jane: 42 },
      authorMarks: { '^': 'Student' },
      markMentees: '+',
      bibtex: 1,
    };
    expect(summary(validate({ meta: { themeOptions } })).sort()).toEqual(
      [
        'abstracts',
        'authorMarks',
        'bibtex',
        'coauthors/Jane',
        'markMentees',
        'maxAuthors',
        'metrics',
        'numberPublications',
        'sortPublications',
      ].map((key) => `error /meta/themeOptions/${key}`),
    );
  });

  it('test/fixtures/faculty.json has neither errors nor warnings, with every option on', () => {
    const faculty = read('test/fixtures/faculty.json') as { meta: { themeOptions: object } };
    const themeOptions = {
      ...faculty.meta.themeOptions,
      numberPublications: 'descending',
      sortPublications: 'date',
      maxAuthors: 3,
      metrics: true,
      abstracts: 'show',
      bibtex: true,
      coauthors: { 'Jürgen Schmidt': 'https://schmidt.example.org' },
      authorMarks: { '‡': 'Student I supervised' },
      markMentees: '‡',
    };
    expect(validate({ ...faculty, meta: { themeOptions } })).toEqual([]);
  });
});

describe('strings that are not on the page', () => {
  const notShown = (resume: unknown) =>
    validate(resume)
      .filter((problem) => / not shown/.test(problem.message))
      .map(({ path, message }) => [path, message]);

  it('are named at their JSON pointer, saying what to do, for a field a section has no place for', () => {
    expect(notShown({ work: [{ name: 'Lab', team: 'Vision', position: 'Intern' }] })).toEqual([
      [
        '/work/0/team',
        expect.stringMatching(
          /^work\[0\]\.team is not shown: work entries have no place for "team"\. Move its text into summary or highlights/,
        ),
      ],
    ]);
  });

  it('name the highest pointer only: an object nobody reads, not each of its strings', () => {
    expect(notShown({ basics: { name: 'A', extra: { a: 'x', b: ['y'] } } }).map(([path]) => path)).toEqual(['/basics/extra']);
  });

  it('name a top-level value that is not a list, and a list entry of the wrong kind', () => {
    expect(notShown({ objective: 'A research position', outreach: [['nested', 'list'], 'shown'] }).map(([path]) => path)).toEqual([
      '/objective',
      '/outreach/0',
    ]);
  });

  it('leave out what carries no text for a reader: identifiers, icons, logos, flags, $schema and meta', () => {
    expect(notShown({ $schema: 'x', meta: { note: 'n' }, work: [{ name: 'Lab', visible: true }] })).toEqual([]);
    // al-folio's resume.json has icons in certificates, interests, references and skills.
    expect(notShown({ work: [{ name: 'Lab', id: 'w1', icon: 'briefcase', logo: 'lab.png', visible: true }] })).toEqual([]);
  });

  it('follow what is read: website is shown when there is no url, and named when url is there too', () => {
    expect(notShown({ work: [{ name: 'Lab', website: 'https://lab.example.org' }] })).toEqual([]);
    expect(
      notShown({ work: [{ name: 'Lab', url: 'https://a.example.org', website: 'https://b.example.org' }] }).map(([path]) => path),
    ).toEqual(['/work/0/website']);
  });

  it('include sections a variant hides: a hidden section is still checked', () => {
    expect(notShown({ work: [{ name: 'Lab', team: 'x' }], meta: { themeOptions: { hide: ['work'] } } }).map(([path]) => path)).toEqual([
      '/work/0/team',
    ]);
  });

  it('never include the fields a section reads, in its own key, its aliases or the projects[] form', () => {
    const resume = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'research-cv.json'), 'utf8')) as Record<string, unknown>;
    expect(notShown(resume)).toEqual([]);
    expect(notShown(read('test/fixtures/research-sections.json'))).toEqual([]);
  });
});

describe('resumes without mistakes', () => {
  it.each(officialResumes().map(({ name, resume }) => [name, resume]))('%s has no errors', (_name, resume) => {
    expect(summary(validate(resume)).filter((line) => line.startsWith('error'))).toEqual([]);
  });

  it('sample-resume.json has neither errors nor warnings', () => {
    expect(validate(read('sample-resume.json'))).toEqual([]);
  });

  it('accepts a relative $schema path, as used for editor completion', () => {
    expect(validate({ $schema: './node_modules/jsonresume-theme-scholar/schema.json' })).toEqual([]);
  });
});

describe('input that is not a resume', () => {
  it.each([null, [], 'resume', 42, true])('%j is one error at the root', (input) => {
    expect(summary(validate(input))).toEqual(['error ']);
  });
});
