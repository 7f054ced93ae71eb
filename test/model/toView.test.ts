import type { SectionKey } from '../../src/i18n';
import { DEFAULT_ORDER, type SectionViews } from '../../src/sections/registry';
import { stylesheet } from '../../src/styles/stylesheet';
import { toView, type ThemeView } from '../../src/view';
import { builtGroups, builtPapers, entriesOf } from '../helpers/views';
import { isOwnerAuthor, marksOf, nameOf } from '../../src/sections/publications/authors';

/** The view of a known section, or undefined when it is not on the page. */
function section<K extends SectionKey>(view: ThemeView, key: K): SectionViews[K] {
  const found = view.sections.find((shown) => shown.kind === 'known' && shown.key === key);
  return found?.view as SectionViews[K];
}

const order = (view: ThemeView) => view.sections.map((shown) => shown.key);

describe('toView', () => {
  it('never throws on any JSON value and gives an empty page model', () => {
    for (const input of [undefined, null, 0, 'x', [], {}, { basics: 'x', work: {}, publications: 'y' }]) {
      const view = toView(input);
      expect(order(view)).toEqual([]);
      expect(view.title).toBe('Curriculum Vitae');
    }
  });

  it('skips items and fields of the wrong type', () => {
    const view = toView({
      work: [null, 3, 'x', { name: 42, position: ['a'], highlights: ['ok', 5, null, { a: 1 }] }],
      skills: [{ name: { a: 1 }, keywords: 'solo' }],
    });
    // Lines of text (and numbers) are entries written as one line; null is skipped.
    expect(entriesOf(section(view, 'work')).map((entry) => entry.title || entry.summary)).toEqual([
      [{ kind: 'text', text: '3', htmlSafe: true }],
      [{ kind: 'text', text: 'x', htmlSafe: true }],
      '42',
    ]);
    expect(entriesOf(section(view, 'work'))[2]).toMatchObject({ title: '42', subtitle: '' });
    expect(entriesOf(section(view, 'work'))[2]?.highlights).toHaveLength(2);
    expect(section(view, 'skills')[0]).toMatchObject({ name: '', keywords: ['solo'] });
  });

  it("builds a dated section's entries as the page writes them: up front only until one shows, or all under validate()", () => {
    const work = [null, {}, { name: 'Acme', startDate: '2020', endDate: 'present' }, {}, { name: 'Beta', endDate: '2019' }];
    const dated = section(toView({ work }), 'work');
    expect(dated.items.map((item) => [item.written !== undefined, item.view?.title])).toEqual([
      [false, 'Acme'],
      [true, undefined],
      [true, undefined],
    ]);
    expect(dated.ongoing).toEqual([]);
    expect(entriesOf(dated).map((entry) => entry.title)).toEqual(['Acme', 'Beta']);
    expect(dated.ongoing).toEqual(['Acme']);
    const linted = section(toView({ work }, {}, { warn: () => undefined }), 'work');
    expect(linted.items.map((item) => [item.written !== undefined, item.view?.title])).toEqual([
      [false, 'Acme'],
      [false, 'Beta'],
    ]);
    expect(section(toView({ work: [{}, null] }), 'work')).toBeUndefined();
  });

  it('does not mutate its input', () => {
    const resume = {
      basics: { name: 'A B' },
      publications: [{ name: 'P', authors: ['A B*'] }],
      meta: { themeOptions: { sections: ['skills'] } },
    };
    const copy = structuredClone(resume);
    toView(resume);
    expect(resume).toEqual(copy);
  });

  it('orders sections for a research CV and leaves empty ones out', () => {
    const view = toView({ skills: [{ name: 'ML' }], education: [{ institution: 'U' }], work: [], publications: [{ name: 'P' }] });
    expect(order(view)).toEqual(['education', 'publications', 'skills']);
    expect(DEFAULT_ORDER).toEqual([
      'education',
      'publications',
      'talks',
      'teaching',
      'grants',
      'mentoring',
      'service',
      'patents',
      'software',
      'work',
      'projects',
      'awards',
      'certificates',
      'volunteer',
      'skills',
      'languages',
      'interests',
      'references',
    ]);
  });

  it('takes section order, hiding and labels from meta.themeOptions, overridden by render options', () => {
    const resume = {
      skills: [{ name: 'ML' }],
      education: [{ institution: 'U' }],
      awards: [{ title: 'A' }],
      meta: { themeOptions: { sections: ['skills', 'nonsense'], hide: ['awards'], labels: { skills: 'Toolbox', bogus: 'x' } } },
    };
    const view = toView(resume);
    expect(order(view)).toEqual(['skills', 'education']);
    expect(view.labels.sections.skills).toBe('Toolbox');
    expect(order(toView(resume, { hide: [] }))).toEqual(['skills', 'education', 'awards']);
  });

  it('emphasises the owner among the authors and builds the legend from the marks used', () => {
    const view = toView({
      basics: { name: 'Tianhao Wu' },
      publications: [{ name: 'P', authors: ['Jane Roe*', 'T. Wu*', 'Max Poe†'] }],
    });
    const publications = section(view, 'publications');
    const [pub] = builtPapers(publications);
    expect(pub?.authors.map((author) => [nameOf(author), isOwnerAuthor(author), marksOf(author)])).toEqual([
      ['Jane Roe', false, '*'],
      ['T. Wu', true, '*'],
      ['Max Poe', false, '†'],
    ]);
    expect(publications.legend().map((entry) => entry.mark)).toEqual(['*', '†']);
  });

  it('falls back from venue to publisher and turns doi and arXiv ids into links', () => {
    const view = toView({
      publications: [
        { name: 'A', publisher: 'ACM', doi: 'https://doi.org/10.1145/123.456', arxiv: 'arXiv:2410.10630' },
        { name: 'B', venue: 'NeurIPS 2023', publisher: 'Curran' },
      ],
    });
    const [first, second] = builtPapers(section(view, 'publications'));
    expect(first).toMatchObject({ venue: 'ACM', publisher: '' });
    expect(first?.links).toEqual([
      { label: 'doi:10.1145/123.456', href: 'https://doi.org/10.1145/123.456' },
      { label: 'arXiv:2410.10630', href: 'https://arxiv.org/abs/2410.10630' },
    ]);
    expect(second).toMatchObject({ venue: 'NeurIPS 2023', publisher: 'Curran' });
  });

  it('groups publications by type or year when asked, and can show only selected ones', () => {
    const publications = [
      { name: 'J', type: 'journal', releaseDate: '2020' },
      { name: 'C', type: 'conference', releaseDate: '2022-05', selected: true },
      { name: 'X', type: 'poster' },
    ];
    const byType = builtGroups(section(toView({ publications }, { groupPublications: 'type' }), 'publications'));
    expect(byType.map((group) => [group.heading, group.items.map((pub) => pub.title)])).toEqual([
      ['Journal Articles', ['J']],
      ['Conference Papers', ['C']],
      ['Other', ['X']],
    ]);
    const byYear = section(toView({ publications }, { groupPublications: 'year' }), 'publications').groups;
    expect(byYear.map((group) => group.heading)).toEqual(['2022', '2020', 'Other']);
    const selected = builtGroups(section(toView({ publications }, { selectedPublicationsOnly: true }), 'publications'));
    expect(selected[0]?.items.map((pub) => pub.title)).toEqual(['C']);
  });

  it('accepts only plain colours and known paper sizes, and sets lang and dir', () => {
    expect(stylesheet(toView({}, { accentColor: '#336699', paper: 'a4' }).options)).toMatch(/--accent-base:#336699}@page{size:A4}$/);
    expect(stylesheet(toView({}, { accentColor: 'red;}</style><script>' }).options)).not.toContain('script');
    expect(toView({}, { locale: 'ar' })).toMatchObject({ lang: 'ar', dir: 'rtl' });
    expect(toView({}, { locale: '"><x' }).lang).toBe('en');
  });
});

describe('entry views', () => {
  it('have the same fields in the same order, whether written as a line or as an object', () => {
    // One shape for every entry keeps the reads of the components that write them monomorphic.
    const volunteer = entriesOf(
      section(toView({ volunteer: ['Reviewer for *NeurIPS*', { organization: 'ACM', position: 'Chair' }] }), 'volunteer'),
    );
    expect(volunteer).toHaveLength(2);
    const [line, written] = volunteer.map((entry) => Object.keys(entry));
    expect(line).toEqual(written);
  });
});
