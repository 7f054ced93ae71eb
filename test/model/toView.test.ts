import { toView } from '../../src/model/toView';
import { DEFAULT_ORDER } from '../../src/model/options';

describe('toView', () => {
  it('never throws on any JSON value and gives an empty page model', () => {
    for (const input of [undefined, null, 0, 'x', [], {}, { basics: 'x', work: {}, publications: 'y' }]) {
      const view = toView(input);
      expect(view.order).toEqual([]);
      expect(view.title).toBe('Curriculum Vitae');
    }
  });

  it('skips items and fields of the wrong type', () => {
    const view = toView({
      work: [null, 3, 'x', { name: 42, position: ['a'], highlights: ['ok', 5, null, { a: 1 }] }],
      skills: [{ name: { a: 1 }, keywords: 'solo' }],
    });
    expect(view.sections.work).toHaveLength(1);
    expect(view.sections.work[0]).toMatchObject({ title: '42', subtitle: '' });
    expect(view.sections.work[0]?.highlights).toHaveLength(2);
    expect(view.sections.skills[0]).toMatchObject({ name: '', keywords: ['solo'] });
  });

  it('does not mutate its input', () => {
    const resume = { basics: { name: 'A B' }, publications: [{ name: 'P', authors: ['A B*'] }], meta: { themeOptions: { sections: ['skills'] } } };
    const copy = structuredClone(resume);
    toView(resume);
    expect(resume).toEqual(copy);
  });

  it('orders sections for a research CV and leaves empty ones out', () => {
    const view = toView({ skills: [{ name: 'ML' }], education: [{ institution: 'U' }], work: [], publications: [{ name: 'P' }] });
    expect(view.order).toEqual(['education', 'publications', 'skills']);
    expect(DEFAULT_ORDER.slice(0, 3)).toEqual(['education', 'publications', 'work']);
  });

  it('takes section order, hiding and labels from meta.themeOptions, overridden by render options', () => {
    const resume = {
      skills: [{ name: 'ML' }],
      education: [{ institution: 'U' }],
      awards: [{ title: 'A' }],
      meta: { themeOptions: { sections: ['skills', 'nonsense'], hide: ['awards'], labels: { skills: 'Toolbox', bogus: 'x' } } },
    };
    const view = toView(resume);
    expect(view.order).toEqual(['skills', 'education']);
    expect(view.labels.sections.skills).toBe('Toolbox');
    expect(toView(resume, { hide: [] }).order).toEqual(['skills', 'education', 'awards']);
  });

  it('emphasises the owner among the authors and builds the legend from the marks used', () => {
    const view = toView({
      basics: { name: 'Tianhao Wu' },
      publications: [{ name: 'P', authors: ['Jane Roe*', 'T. Wu*', 'Max Poe†'] }],
    });
    const pub = view.sections.publications.groups[0]?.items[0];
    expect(pub?.authors.map((author) => [author.name, author.isOwner, author.marks])).toEqual([
      ['Jane Roe', false, '*'],
      ['T. Wu', true, '*'],
      ['Max Poe', false, '†'],
    ]);
    expect(view.sections.publications.legend.map((entry) => entry.mark)).toEqual(['*', '†']);
  });

  it('falls back from venue to publisher and turns doi and arXiv ids into links', () => {
    const view = toView({
      publications: [
        { name: 'A', publisher: 'ACM', doi: 'https://doi.org/10.1145/123.456', arxiv: 'arXiv:2410.10630' },
        { name: 'B', venue: 'NeurIPS 2023', publisher: 'Curran' },
      ],
    });
    const [first, second] = view.sections.publications.groups[0]?.items ?? [];
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
    const byType = toView({ publications }, { groupPublications: 'type' }).sections.publications.groups;
    expect(byType.map((group) => [group.heading, group.items.map((pub) => pub.title)])).toEqual([
      ['Journal Articles', ['J']],
      ['Conference Papers', ['C']],
      ['Other', ['X']],
    ]);
    const byYear = toView({ publications }, { groupPublications: 'year' }).sections.publications.groups;
    expect(byYear.map((group) => group.heading)).toEqual(['2022', '2020', 'Other']);
    const selected = toView({ publications }, { selectedPublicationsOnly: true }).sections.publications.groups;
    expect(selected[0]?.items.map((pub) => pub.title)).toEqual(['C']);
  });

  it('accepts only plain colours and known paper sizes, and sets lang and dir', () => {
    expect(toView({}, { accentColor: '#336699', paper: 'a4' }).css).toMatch(/--accent-base:#336699}@page{size:A4}$/);
    expect(toView({}, { accentColor: 'red;}</style><script>' }).css).not.toContain('script');
    expect(toView({}, { locale: 'ar' })).toMatchObject({ lang: 'ar', dir: 'rtl' });
    expect(toView({}, { locale: '"><x' }).lang).toBe('en');
  });
});
