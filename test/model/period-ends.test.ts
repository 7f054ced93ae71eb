// A period's two ends under the names real resumes give them (test/fixtures/real-resumes): snake_case
// (phydev-….json), a year with its month beside it (carlosdenner-academic-cv.json, a Lattes export),
// and plain start and end (NeutrinoLiu-….json); and a period within one date, shown as that date.
import { validate } from '../../src/schema/validate';
import { render } from '../helpers/untypedRender';
import { parseHtml, byClass, textOf, elements, attr } from '../helpers/html';

const when = (resume: unknown) => byClass(parseHtml(render(resume)), 'entry-when').map(textOf);
const times = (resume: unknown) => elements(parseHtml(render(resume)), 'time').map((time) => attr(time, 'datetime'));
const warnings = (resume: unknown) =>
  validate(resume)
    .filter((problem) => problem.severity === 'warning' && !/registry/.test(problem.message))
    .map((problem) => [problem.path, problem.message]);

describe("a period's ends under other names", () => {
  it('are read as startDate and endDate in known sections and in sections of their own', () => {
    const resume = {
      education: [{ institution: 'Universidade de Coimbra', start_date: '2010-09-01', end_date: '2012-07-01' }],
      projects: [{ title: 'Rede', start_year: '2002', end_year: '2004' }],
      experience: [{ role: 'Research Scientist', org: '2077AI', start: 'Feb 2026', end: 'Present' }],
      positions: [{ role: 'Consultant', institution: 'Bell', start_year: '2021', start_month: '11', end_year: '2025', end_month: null }],
    };
    expect(when(resume)).toEqual(['Sep 2010 – Jul 2012', '2002 – 2004', 'Feb 2026 – Present', 'Nov 2021 – 2025']);
    expect(times(resume)).toEqual(['2010-09-01', '2012-07-01', '2002', '2004', '2026-02', '2021-11', '2025']);
    expect(warnings(resume)).toEqual([]);
  });

  it('leave a period open without an end, as startDate does, and never show as fields of their own', () => {
    const resume = { positions: [{ role: 'Consultant', institution: 'Videns', start_year: '2025', start_month: '07', end_year: null }] };
    expect(when(resume)).toEqual(['Jul 2025 – Present']);
    expect(render(resume)).not.toMatch(/Start Year|End Year|Start Month/);
  });

  it('give way to startDate and endDate when both are written', () => {
    const resume = { work: [{ name: 'Lab', startDate: '2019', endDate: '2020', start_date: '2001' }] };
    expect(when(resume)).toEqual(['2019 – 2020']);
    expect(warnings(resume).map(([path]) => path)).toEqual(['/work/0/start_date']);
  });

  it('are checked as startDate and endDate are: a date the theme cannot read, an end before the start', () => {
    const resume = {
      education: [
        { institution: 'U', start_date: 'autumn', end_date: '2012' },
        { institution: 'V', start_year: '2012', start_month: '13', end_year: '2010' },
      ],
    };
    // A month that is no month leaves the year alone.
    expect(when(resume)).toEqual(['autumn – 2012', '2012 – 2010']);
    expect(warnings(resume)).toEqual([
      ['/education/0/start_date', expect.stringMatching(/^"autumn" is not a date the theme can read/)],
      ['/education/1/end_year', 'The end date (2010) is before the start date (2012).'],
    ]);
  });
});

describe('a period within one date', () => {
  it('is shown as that date once; ends that differ only in what the page leaves out keep their datetimes', () => {
    const resume = {
      work: [
        { name: 'Workshop', startDate: '2019-11', endDate: '2019-11' },
        { name: 'Month', startDate: '2018-01-01', endDate: '2018-01-31' },
        { name: 'Year', startDate: '2019', endDate: '2020' },
      ],
      projects: [{ title: 'Análise', start_year: '2002', end_year: '2002' }],
    };
    // Both ends of the second read "Jan 2018", but each day is kept for machines.
    expect(when(resume)).toEqual(['Nov 2019', 'Jan 2018 – Jan 2018', '2019 – 2020', '2002']);
    expect(times(resume)).toEqual(['2019-11', '2018-01-01', '2018-01-31', '2019', '2020', '2002']);
  });
});
