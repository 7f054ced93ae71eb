// Shapes seen in real resume.json files (test/fixtures/real-resumes) that the theme reads, each in its
// obvious place, and what validate() says about the ones it does not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GenericSectionView } from '../../src/sections/generic';
import { plainText } from '../../src/model/markdown';
import { validate } from '../../src/schema/validate';
import { toView, type ThemeView } from '../../src/view';
import { render } from '../helpers/untypedRender';
import { parseHtml, byClass, textOf, elements, attr } from '../helpers/html';
import { ROOT } from '../helpers/paths';
import { linkedDataOf } from '../helpers/hostile/linkedData';
import { nameOf } from '../../src/sections/publications/authors';
import { builtGroups, builtPapers, entriesOf, notShown, section } from '../helpers/views';

function generic(view: ThemeView, key: string): GenericSectionView {
  const found = view.sections.find((shown) => shown.kind === 'generic' && shown.key === key);
  if (!found || found.kind !== 'generic') throw new Error(`no section ${key}`);
  return found.view;
}

describe('the header of a resume without basics', () => {
  const resume = {
    name: 'Prof. Ada Example',
    subtitle: 'Mathematician',
    summary: 'Works on *flows*.',
    contact: {
      email: 'ada@example.org',
      location: 'Aachen, Germany',
      linkedin: 'https://www.linkedin.com/in/ada',
      nationality: 'British',
      timezone: 'CET',
    },
    info: { github: 'ada-gh' },
    profiles: [{ network: 'ORCID', url: 'https://orcid.org/0000' }],
    education: [{ institution: 'U' }],
  };

  it('comes from the top level and its contact or info object', () => {
    const { basics, title, sections } = toView(resume);
    expect(title).toBe('Prof. Ada Example');
    expect(basics).toMatchObject({
      name: 'Prof. Ada Example',
      label: 'Mathematician',
      location: 'Aachen, Germany',
      email: { label: 'ada@example.org' },
      personal: [{ label: 'Nationality', text: 'British' }],
    });
    expect(plainText(basics.summary)).toBe('Works on flows.');
    expect(basics.profiles).toEqual([
      { network: 'ORCID', username: '', link: { label: 'orcid.org/0000', href: 'https://orcid.org/0000' } },
      // A bare user name is no address: shown, not linked.
      { network: 'GitHub', username: 'ada-gh', link: { label: 'ada-gh', href: undefined } },
      { network: 'LinkedIn', username: '', link: { label: 'www.linkedin.com/in/ada', href: 'https://www.linkedin.com/in/ada' } },
    ]);
    // Read into the header, the top-level profiles list is no section of its own.
    expect(sections.map((shown) => shown.key)).toEqual(['education']);
  });

  it('names what it does not show', () => {
    expect(notShown(resume)).toEqual(['/contact/timezone']);
  });

  it('is basics alone when the resume has basics', () => {
    const withBasics = { ...resume, basics: { name: 'B' } };
    expect(toView(withBasics).basics).toMatchObject({ name: 'B', label: '', profiles: [] });
    expect(notShown(withBasics)).toEqual(['/name', '/subtitle', '/summary', '/contact', '/info']);
    expect(toView(withBasics).sections.map((shown) => shown.key)).toEqual(['education', 'profiles']);
  });
});

describe('a header written as personal_info with links (hazrmard-….json)', () => {
  it('is the header, its links the profiles', () => {
    const resume = {
      personal_info: { name: 'Ibrahim Ahmed', links: [{ title: 'GitHub', url: 'https://github.com/hazrmard' }] },
      links: [{ title: 'Talk slides', url: 'https://example.org/slides' }],
    };
    const { basics, sections } = toView(resume);
    expect(basics.name).toBe('Ibrahim Ahmed');
    expect(basics.profiles).toEqual([
      { network: 'GitHub', username: '', link: { label: 'github.com/hazrmard', href: 'https://github.com/hazrmard' } },
    ]);
    // At the top level, a list of links is a section of its own.
    expect(sections.map((shown) => shown.key)).toEqual(['links']);
    expect(notShown(resume)).toEqual([]);
  });
});

describe('the line under the name', () => {
  it('is read from `position` and, inside basics, `title` (zhongwangwei-….json, romanescherrer-….json)', () => {
    expect(toView({ basics: { name: 'Z', position: 'Associate Professor' } }).basics.label).toBe('Associate Professor');
    expect(toView({ basics: { name: 'R', title: 'PhD' } }).basics.label).toBe('PhD');
    expect(toView({ basics: { name: 'R', label: 'Researcher', title: 'PhD' } }).basics.label).toBe('Researcher');
    expect(notShown({ basics: { name: 'Z', position: 'Associate Professor' } })).toEqual([]);
    // At the top level, a title is the document's ("CURRICULUM VITAE"), not the person's.
    expect(toView({ name: 'L', title: 'CURRICULUM VITAE', position: 'Engineer' }).basics.label).toBe('Engineer');
  });
});

describe('the personal details European CVs give', () => {
  const details = (resume: unknown) => byClass(parseHtml(render(resume)), 'cv-contact').flatMap((list) => elements(list, 'li').map(textOf));

  it('show the date of birth to the day, then nationality and citizenship, each labelled in the locale', () => {
    // JanKren-JanKren.github.io.json's basics, with a second citizenship.
    const basics = { name: 'Jan Kren', birthDate: '1995-07-15', nationality: 'Slovenian', citizenship: ['Slovenia', 'Switzerland'] };
    expect(details({ basics })).toEqual(['Date of birth: Jul 15, 1995', 'Nationality: Slovenian', 'Citizenship: Slovenia, Switzerland']);
    expect(details({ basics, meta: { themeOptions: { locale: 'de' } } })).toEqual([
      'Geburtsdatum: 15. Juli 1995',
      'Staatsangehörigkeit: Slovenian',
      'Staatsbürgerschaft: Slovenia, Switzerland',
    ]);
    const [time] = byClass(parseHtml(render({ basics })), 'cv-contact').flatMap((list) => elements(list, 'time'));
    expect(attr(time!, 'datetime')).toBe('1995-07-15');
    expect(notShown({ basics })).toEqual([]);
  });

  it('show a birth date written otherwise as it is written, and say why', () => {
    // As in a public resume builder's sample: "birthday": "01 Jun 1980".
    const resume = { basics: { name: 'A', birthday: '01 Jun 1980' } };
    expect(details(resume)).toEqual(['Date of birth: 01 Jun 1980']);
    expect(validate(resume).map((problem) => problem.path)).toEqual(['/basics/birthday']);
    expect(details({ basics: { name: 'A', dateOfBirth: '1995-07' } })).toEqual(['Date of birth: Jul 1995']);
  });

  it('read "dob", as ATClare-ATClare.github.io.json writes it, shown as written when it is no date the theme reads', () => {
    const resume = { name: 'A', contact: { nationality: 'British', dob: '30.11.81' } };
    expect(details(resume)).toEqual(['Date of birth: 30.11.81', 'Nationality: British']);
    expect(notShown(resume)).toEqual([]);
    expect(details({ basics: { name: 'A', dob: '1981-11-30' } })).toEqual(['Date of birth: Nov 30, 1981']);
  });

  it('are read from the top level of a resume without basics, where a list of nationalities is no section', () => {
    const resume = { name: 'A', nationality: ['German', 'French'], education: [{ institution: 'U' }] };
    expect(details(resume)).toEqual(['Nationality: German, French']);
    expect(toView(resume).sections.map((shown) => shown.key)).toEqual(['education']);
  });

  it('are left out of the JSON-LD, which machines harvest', () => {
    const graph = linkedDataOf(render({ basics: { name: 'A', birthDate: '1995-07-15', nationality: 'Slovenian' } }))?.['@graph'];
    expect(graph).toEqual([{ '@type': 'Person', name: 'A' }]);
  });
});

describe('known sections read the names people give their fields', () => {
  it('education: title or school, field, supervisor, a written period, details', () => {
    const [first, second] = section(
      toView({
        education: [
          { title: 'TUM Computer Science Bachelor', period: '2020 - 2024', details: ['Final Grade: 1.6'] },
          { school: 'University of Liverpool', degree: 'PhD', field: 'Manufacturing', year: 2009, supervisor: 'dr. B. Mikuž' },
        ],
      }),
      'education',
    );
    expect(first).toMatchObject({
      institution: 'TUM Computer Science Bachelor',
      dates: { start: { text: '2020', iso: '2020' }, end: { text: '2024', iso: '2024' } },
    });
    expect(first?.highlights.map(plainText)).toEqual(['Final Grade: 1.6']);
    expect(second).toMatchObject({
      institution: 'University of Liverpool',
      degree: 'PhD, Manufacturing',
      dates: { start: { text: '2009', iso: '2009' } },
    });
    expect(second?.advisors.map(plainText)).toEqual(['dr. B. Mikuž']);
  });

  it('education: a thesis, supervisors and courses with the links and bold their web pages give them', () => {
    // myamamoto26-….json, dinhviettoanle-….json and DavidKrassnig-….json write HTML there.
    const page = parseHtml(
      render({
        education: [
          {
            institution: 'Duke University',
            thesis: 'Thesis: <a href="https://x.org/thesis.pdf">Unfolding <i>structure</i></a>',
            supervisor: 'Supervisor: <a href="https://x.org/troxel">Prof. Michael Troxel</a>',
            courses: [
              '<b>Abschlussarbeit:</b> Quantification',
              'Informatique et <a href="https://x.org/sd">Sciences des données</a>',
              'CS_101',
            ],
          },
          {
            institution: 'Boston University',
            thesis: { title: 'Satellite <i>galaxies</i>', url: 'https://x.org/bu.pdf' },
            advisors: ['A', 'B'],
          },
        ],
      }),
    );
    const [duke, boston] = byClass(page, 'entry').map((entry) => byClass(entry, 'entry-meta'));
    const links = (node: Parameters<typeof elements>[0]) => elements(node, 'a').map((a) => [textOf(a), attr(a, 'href')]);
    // The thesis's own link is kept, not wrapped in another; a title with a url beside it is that link.
    expect(duke?.map(links)).toEqual([
      [['Unfolding structure', 'https://x.org/thesis.pdf']],
      [['Prof. Michael Troxel', 'https://x.org/troxel']],
      [['Sciences des données', 'https://x.org/sd']],
    ]);
    expect(duke?.map(textOf)).toEqual([
      'Thesis: Thesis: Unfolding structure',
      'Advisor: Supervisor: Prof. Michael Troxel',
      'Courses: Abschlussarbeit: QuantificationInformatique et Sciences des donnéesCS_101',
    ]);
    expect(elements(duke?.[2] ?? page, 'b').map(textOf)).toEqual(['Abschlussarbeit:']);
    expect(boston?.map(links)).toEqual([[['Satellite galaxies', 'https://x.org/bu.pdf']], []]);
    expect(elements(boston?.[0] ?? page, 'i').map(textOf)).toEqual(['galaxies']);
    expect(boston?.[1] && textOf(boston[1])).toBe('Advisors: A, B');
  });

  it('work: employer, a single date, bullets, and position written as a list of roles', () => {
    const [employer, dated, roles] = entriesOf(
      section(
        toView({
          work: [
            { employer: 'Paul Scherrer Institute', position: 'Postdoc', startDate: '2025-01' },
            { company: 'UCSD', date: '2018/10 – now', bullets: ['Built an AR app.'] },
            {
              company: 'Uni',
              position: [
                { title: 'Lecturer', startDate: '2017' },
                { title: 'Postdoc', startDate: '2015', endDate: '2016' },
              ],
            },
          ],
        }),
        'work',
      ),
    );
    expect(employer).toMatchObject({ title: 'Paul Scherrer Institute', subtitle: 'Postdoc' });
    expect(dated?.dates).toMatchObject({ start: { text: 'Oct 2018', iso: '2018-10' }, end: undefined, ongoing: true });
    expect(dated?.highlights.map(plainText)).toEqual(['Built an AR app.']);
    expect(roles?.roles.map((role) => role.title)).toEqual(['Lecturer', 'Postdoc']);
  });

  it('projects: title, date, position and link', () => {
    const [project] = entriesOf(
      section(
        toView({
          projects: [
            {
              title: 'Exteractive',
              date: '2020-07',
              position: 'Full-stack engineer',
              link: 'https://github.com/a/b',
              details: 'Interactive fiction.',
            },
          ],
        }),
        'projects',
      ),
    );
    expect(project).toMatchObject({
      title: 'Exteractive',
      titleHref: 'https://github.com/a/b',
      subtitle: 'Full-stack engineer',
      dates: { start: { iso: '2020-07' } },
    });
    expect(project?.highlights.map(plainText)).toEqual(['Interactive fiction.']);
  });

  it("projects: the code repository beside the address, as a link after the entry's own", () => {
    const resume = {
      projects: [
        {
          name: 'codi.link',
          url: 'https://codi.link',
          github: 'https://github.com/midudev/codi.link',
          links: [{ label: 'Talk', url: 'https://example.org/talk' }],
        },
        { name: 'Unsafe', repo: 'javascript:alert(1)' },
      ],
    };
    const [linked, unsafe] = entriesOf(section(toView(resume), 'projects'));
    expect(linked?.titleHref).toBe('https://codi.link');
    expect(linked?.links).toEqual([
      { label: 'Talk', href: 'https://example.org/talk' },
      { label: 'github.com/midudev/codi.link', href: 'https://github.com/midudev/codi.link' },
    ]);
    expect(unsafe?.links).toEqual([{ label: 'javascript:alert(1)', href: undefined }]);
    expect(notShown(resume)).toEqual([]);
  });

  it('service (reviewing): title', () => {
    const [review] = entriesOf(
      section(toView({ reviewing: [{ title: 'Program Committee Member', venue: 'ICML', date: '2024-01' }] }), 'service'),
    );
    expect(review).toMatchObject({ title: 'Program Committee Member', subtitle: 'ICML' });
  });

  it('awards: name and year', () => {
    const [award] = section(toView({ awards: [{ name: 'Best Paper', year: '2024', awarder: 'NENE' }] }), 'awards');
    expect(award).toMatchObject({ title: 'Best Paper', awarder: 'NENE', dates: { start: { iso: '2024' } } });
    // A scholarship's years, as Alestaubin-alestaubin.github.io.json writes them.
    const [scholarship] = section(toView({ awards: [{ title: 'Scholarship', date: '2025-2026' }] }), 'awards');
    expect(scholarship?.dates).toMatchObject({ start: { iso: '2025' }, end: { iso: '2026' } });
  });

  it("awards: the awarder as an institution or funder, an award written as one line of text; a degree's level; a paper's description", () => {
    const resume = {
      awards: [
        { title: 'Professor Homenageado', institution: 'Fundação Educacional Montes Claros', year: '2002' },
        { title: 'ITC Conference grant', funder: 'EuroCellNet', date: '2018' },
        { year: '2020', text: 'Notable Paper Award, AISTATS.' },
      ],
      education: [{ institution: 'Unimontes', level: 'Bachelor', course: 'Administração' }],
      publications: [{ title: 'Joint probability', description: 'A probabilistic framework.' }],
    };
    const view = toView(resume);
    expect(section(view, 'awards').map(({ title, awarder }) => [title, awarder])).toEqual([
      ['Professor Homenageado', 'Fundação Educacional Montes Claros'],
      ['ITC Conference grant', 'EuroCellNet'],
      ['Notable Paper Award, AISTATS.', ''],
    ]);
    expect(section(view, 'education')[0]?.degree).toMatch(/^Bachelor/);
    const [paper] = builtPapers(section(view, 'publications'));
    expect(plainText(paper?.summary ?? [])).toBe('A probabilistic framework.');
    expect(notShown(resume)).toEqual([]);
  });

  it('education: an org, a subject, a detail, an institution written as an object; talks: authors; certificates: a startDate', () => {
    const resume = {
      basics: { name: 'François-Pierre Paty' },
      education: [
        { degree: 'PhD', subject: 'Applied Mathematics', org: 'ENSAE', detail: 'Thesis on optimal transport.' },
        { institution: { name_en: 'University of Coimbra', location: { city: 'Coimbra', country: 'Portugal' } }, degree: 'BSc' },
      ],
      presentations: [{ title: 'Poster', event: 'ICML', date: '2020-07', authors: ['F-P. Paty', 'M. Cuturi'] }],
      certificates: [{ name: 'Philosophy', issuer: 'Coursera', startDate: '2020-10-31' }],
    };
    const view = toView(resume);
    expect(section(view, 'education').map(({ institution, degree, location }) => [institution, degree, location])).toEqual([
      ['ENSAE', 'PhD, Applied Mathematics', ''],
      ['University of Coimbra', 'BSc', 'Coimbra, Portugal'],
    ]);
    expect(plainText(section(view, 'education')[0]?.summary ?? [])).toBe('Thesis on optimal transport.');
    expect(entriesOf(section(view, 'talks'))[0]?.people).toEqual([
      { name: 'F-P. Paty', marks: '', isOwner: true },
      { name: 'M. Cuturi', marks: '', isOwner: false },
    ]);
    expect(section(view, 'certificates')[0]?.date).toMatchObject({ iso: '2020-10-31' });
    // The standard schema wants the institution as text: named as an error, shown all the same.
    expect(notShown(resume)).toEqual([]);
  });

  it('awards: links, as other entries have them', () => {
    const resume = {
      awards: [
        {
          title: 'Grimme Online Award',
          links: [{ label: 'Nomination', url: 'https://www.grimme-online-award.de/n' }, 'javascript:alert(1)'],
        },
      ],
    };
    const page = parseHtml(render(resume));
    const links = elements(page, 'a').filter((link) => attr(link, 'href')?.includes('grimme'));
    expect(links.map((link) => [textOf(link), attr(link, 'href')])).toEqual([['Nomination', 'https://www.grimme-online-award.de/n']]);
    // An unsafe address stays visible as text, never a link target.
    expect(elements(page, 'a').some((link) => attr(link, 'href')?.startsWith('javascript:'))).toBe(false);
    expect(textOf(page)).toContain('javascript:alert(1)');
    expect(notShown(resume)).toEqual([]);
  });

  it("education: a thesis title with its address beside it (al-folio's thesisUrl)", () => {
    const thesisOf = (fields: Record<string, unknown>) => {
      const thesis = section(toView({ education: [{ institution: 'ETH', ...fields }] }), 'education')[0]?.thesis;
      return thesis && { title: plainText(thesis.title), href: thesis.href };
    };
    expect(thesisOf({ thesis: 'Data-Driven Discovery', thesisUrl: 'https://example.org/thesis.pdf' })).toEqual({
      title: 'Data-Driven Discovery',
      href: 'https://example.org/thesis.pdf',
    });
    expect(thesisOf({ thesis: 'Data-Driven Discovery', thesisUrl: 'javascript:alert(1)' })).toEqual({
      title: 'Data-Driven Discovery',
      href: undefined,
    });
    expect(notShown({ education: [{ institution: 'ETH', thesis: 'T', thesisUrl: 'https://example.org/t.pdf' }] })).toEqual([]);
  });

  it('education: programme, specialization, second major and minors, each labelled in the locale', () => {
    const resume = {
      education: [
        {
          institution: 'National University of Singapore',
          degree: 'Bachelor of Science in Physics',
          program: 'Special Programme in Science',
          concentration: 'Optics',
          second_major: 'Data Analytics',
          minor: 'Mathematics',
          minors: ['Economics'],
        },
        // The degree already names its specialization: not said twice.
        {
          institution: 'Ljubljana',
          degree: 'PhD in Physics (Nuclear Engineering)',
          studyProgram: 'Doctoral Programme',
          module: 'Nuclear Engineering',
        },
      ],
    };
    const [first, second] = byClass(parseHtml(render(resume)), 'entry').map((entry) => byClass(entry, 'entry-meta').map(textOf));
    expect(first).toEqual([
      'Specialization: Optics · Second major: Data Analytics · Minor: Mathematics, Economics',
      'Special Programme in Science',
    ]);
    expect(second).toEqual(['Doctoral Programme']);
    expect(notShown(resume)).toEqual([]);
    const german = byClass(parseHtml(render({ ...resume, meta: { themeOptions: { locale: 'de' } } })), 'entry-meta').map(textOf);
    expect(german[0]).toBe('Schwerpunkt: Optics · Zweites Hauptfach: Data Analytics · Nebenfach: Mathematics, Economics');
  });

  it("education: a description as the summary (DeqingFu-….json); references: the referee's page linked from the name", () => {
    const [degree] = section(toView({ education: [{ institution: 'USC', description: 'Advisors: V. Sharan' }] }), 'education');
    expect(plainText(degree?.summary ?? [])).toBe('Advisors: V. Sharan');
    expect(notShown({ education: [{ institution: 'USC', description: 'Advisors: V. Sharan' }] })).toEqual([]);
    const referee = { references: [{ name: 'Pr. N. Selmaoui', reference: 'Data science.', url: 'https://example.org/ns' }] };
    expect(render(referee)).toContain('— <a href="https://example.org/ns" dir="auto">Pr. N. Selmaoui</a>');
    expect(notShown(referee)).toEqual([]);
    expect(render({ references: [{ name: 'X', reference: 'Y', url: 'javascript:alert(1)' }] })).not.toContain('javascript:');
  });

  it("references: the referee's position, lab, university and email, as academic CVs give them (saguileran-….json)", () => {
    const resume = {
      references: [
        {
          name: 'Prof. F. Gómez',
          university: 'National University of Colombia',
          lab: 'DataLab',
          email: 'fg@example.org',
          reference: 'Advisor.',
        },
        { name: 'Dr. B', position: 'Professor', institution: 'ETH', email: 'not an <address>' },
      ],
    };
    const metas = byClass(parseHtml(render(resume)), 'entry-meta').map(textOf);
    expect(metas).toEqual([
      '— Prof. F. Gómez, DataLab, National University of Colombia · fg@example.org',
      '— Dr. B, Professor, ETH · not an <address>',
    ]);
    expect(render(resume)).toContain('<a href="mailto:fg@example.org" dir="auto">fg@example.org</a>');
    expect(render(resume)).not.toContain('mailto:not');
    // A referee without a reference text has no empty quotation; one known only by an address is shown by it.
    expect(byClass(parseHtml(render(resume)), 'reference')).toHaveLength(1);
    expect(byClass(parseHtml(render({ references: [{ email: 'a@example.org' }] })), 'entry-meta').map(textOf)).toEqual(['— a@example.org']);
    expect(notShown(resume)).toEqual([]);
  });

  it('awards: a category as a badge, a place beside the awarder', () => {
    const resume = {
      awards: [{ title: 'Best Student Award', awarder: 'UPV', category: 'Academic Excellence', location: 'Valencia, Spain' }],
    };
    const [award] = byClass(parseHtml(render(resume)), 'entry');
    expect(byClass(award!, 'badge').map(textOf)).toEqual(['Academic Excellence']);
    expect(byClass(award!, 'entry-sub').map(textOf)).toEqual(['UPV · Valencia, Spain']);
    expect(notShown(resume)).toEqual([]);
    // philipmjohnson-….json types its awards ("grant").
    const typed = { awards: [{ type: 'grant', title: 'Change Hawaii', awarder: 'National Science Foundation', date: '2022-2027' }] };
    expect(byClass(parseHtml(render(typed)), 'badge').map(textOf)).toEqual(['grant']);
    expect(notShown(typed)).toEqual([]);
  });

  it('languages: a level that repeats the fluency is not named; tests taken are shown', () => {
    const same = { languages: [{ language: 'Français', level: 'Langue natale', fluency: 'Langue natale' }] };
    expect(notShown(same)).toEqual([]);
    const differing = { languages: [{ language: 'English', level: 'C1', fluency: 'Fluent' }] };
    expect(validate(differing).filter((problem) => problem.path === '/languages/0/level')).toEqual([
      expect.objectContaining({ message: '"C1" is not shown: it differs from fluency, which is. Make the two agree, or remove one.' }),
    ]);
    const tested = { languages: [{ language: '英文', fluency: '流利', certificate: '托福 109分, GRE 325分' }] };
    expect(byClass(parseHtml(render(tested)), 'pairs').map(textOf)).toEqual(['英文流利 · 托福 109分, GRE 325分']);
    expect(notShown(tested)).toEqual([]);
  });

  it('an address written as both url and website is shown once, and named only when the two differ', () => {
    const same = { basics: { name: 'A', url: 'https://a.example', website: 'https://a.example' } };
    expect(notShown(same)).toEqual([]);
    const differing = { volunteer: [{ organization: 'Dojo', url: 'https://dojo.example', website: 'https://lab.example' }] };
    expect(validate(differing).filter((problem) => problem.path === '/volunteer/0/website')).toEqual([
      expect.objectContaining({
        message: '"https://lab.example" is not shown: it differs from url, which is. Make the two agree, or remove one.',
      }),
    ]);
  });

  it("publications: the metrics line from the profile's own figures (cvkit's top-level citationMetrics), which count papers the CV does not list", () => {
    const papers = [{ name: 'P', citations: 5 }];
    const figures = { totalCitations: 349, hIndex: 3, i10Index: 2, publicationCount: 7, fetchedAt: '2026-03-21T15:14:40.606Z' };
    const line = (resume: unknown) => byClass(parseHtml(render(resume, { metrics: true })), 'pub-metrics').map(textOf);
    expect(line({ publications: papers, citationMetrics: figures })).toEqual(['Citations: 349 · h-index: 3 · i10-index: 2']);
    // Without them, the sums of the papers' counts; with some, only those.
    expect(line({ publications: papers })).toEqual(['Citations: 5 · h-index: 1 · i10-index: 0']);
    expect(line({ publications: papers, citationMetrics: { hIndex: 12, i10Index: 'many' } })).toEqual(['h-index: 12']);
    // Off by default, as the papers' counts are: not on the page, and not named as without a place.
    const resume = { publications: papers, citationMetrics: figures };
    expect(byClass(parseHtml(render(resume)), 'pub-metrics')).toEqual([]);
    expect(notShown(resume)).toEqual(['/citationMetrics/publicationCount']);
    expect(validate(resume).find((problem) => problem.path === '/citationMetrics/publicationCount')?.message).toBe(
      'citationMetrics.publicationCount is not shown: the theme has no place for it.',
    );
  });

  it("publications: an author string that repeats the list (cvkit's authorsStr) is not named; one that differs is", () => {
    const paper = { title: 'P', authors: [{ name: 'Ada Lovelace' }, { name: 'Alan Turing' }] };
    expect(notShown({ publications: [{ ...paper, authorsStr: 'Ada Lovelace, Alan Turing' }] })).toEqual([]);
    expect(notShown({ publications: [{ ...paper, authorsStr: 'A. Lovelace and A. Turing' }] })).toEqual(['/publications/0/authorsStr']);
  });

  it('section headings written as resumake.io writes them, below the labels option', () => {
    const resume = {
      headings: { work: 'Experiência', awards: 'Premiações', talks: 'Palestras' },
      work: [{ name: 'A' }],
      awards: [{ title: 'B' }],
    };
    expect(toView(resume).labels.sections).toMatchObject({ work: 'Experiência', awards: 'Premiações' });
    expect(toView(resume, { labels: { work: 'Jobs' } }).labels.sections.work).toBe('Jobs');
    // A heading for a section the resume does not have is not on the page.
    expect(notShown(resume)).toEqual(['/headings/talks']);
  });
});

describe("sections of the resume's own", () => {
  it('show a description written as a list as bullets, and read `time` as the date (hazrmard-….json)', () => {
    const item = { title: 'Graduate Fellow', time: '2017 - 2018', description: ['Explored *digital* media.', 'Produced videos.'] };
    const [entry] = generic(toView({ extracurriculars: [item] }), 'extracurriculars').entries;
    expect(entry?.highlights.map(plainText)).toEqual(['Explored digital media.', 'Produced videos.']);
    expect(entry?.dates).toMatchObject({ start: { iso: '2017' }, end: { iso: '2018' } });
    expect(notShown({ extracurriculars: [item] })).toEqual([]);
  });

  it('read org, dates written as duration or years, and prose under other names', () => {
    const { entries } = generic(
      toView({
        positions: [
          {
            org: 'RWTH Aachen',
            role: 'Doctoral researcher',
            duration: 'Apr 2024 – now',
            detailsHtml: 'Funded by <em>DFG</em>.',
            notes: 'Second paragraph.',
          },
          { title: 'Professor', organization: 'UBC', years: '2022 - Present' },
        ],
      }),
      'positions',
    );
    expect(entries[0]).toMatchObject({
      title: 'Doctoral researcher',
      subtitle: 'RWTH Aachen',
      dates: { start: { text: 'Apr 2024', iso: '2024-04' }, ongoing: true },
      facts: [],
    });
    expect(entries[0]?.summary).toEqual([
      { kind: 'text', text: 'Funded by ' },
      { kind: 'em', children: [{ kind: 'text', text: 'DFG' }] },
      { kind: 'text', text: '.' },
      { kind: 'break' },
      { kind: 'text', text: 'Second paragraph.', htmlSafe: true },
    ]);
    expect(entries[1]).toMatchObject({
      title: 'Professor',
      subtitle: 'UBC',
      dates: { start: { text: '2022', iso: '2022' }, ongoing: true },
      facts: [],
    });
  });

  it('show an object holding one line of text as that line, markdown and all', () => {
    const { entries } = generic(
      toView({ reviews: [{ name: 'Reviewer for [NeurIPS](https://neurips.cc)' }, { url: 'https://icml.cc' }] }),
      'reviews',
    );
    expect(entries[0]).toMatchObject({
      title: '',
      summary: [
        { kind: 'text', text: 'Reviewer for ' },
        { kind: 'link', href: 'https://neurips.cc', children: [{ kind: 'text', text: 'NeurIPS' }] },
      ],
    });
    // A lone address stays a link.
    expect(entries[1]?.links).toEqual([{ label: 'icml.cc', href: 'https://icml.cc' }]);
  });

  it('keep the names of several lists of sub-entries as their headings', () => {
    const { entries } = generic(
      toView({ academic_service: [{ year: '2025', conferences: [{ name: 'Reviewer for A' }], workshops: [{ name: 'Reviewer for B' }] }] }),
      'academic_service',
    );
    expect(entries[0]?.dates.start?.text).toBe('2025');
    expect(entries[0]?.roles.map((group) => [group.title, group.roles.map((role) => plainText(role.summary))])).toEqual([
      ['Conferences', ['Reviewer for A']],
      ['Workshops', ['Reviewer for B']],
    ]);
    // One list of sub-entries needs no heading of its own.
    const single = generic(toView({ groups: [{ title: 'Teaching', entries: [{ role: 'TA', org: 'RWTH' }] }] }), 'groups');
    expect(single.entries[0]?.roles.map((role) => role.title)).toEqual(['TA']);
  });

  it('show a list of short lines inline, and longer ones as entries', () => {
    const html = render({ itSkills: ['MS Office', 'Java', 'Python (incl. *django*)'], statements: ['One sentence.', 'x'.repeat(61)] });
    const page = parseHtml(html);
    const skills = elements(page, 'section').find((node) => attr(node, 'id') === 'itSkills');
    expect(byClass(skills ?? page, 'inline-list').map((list) => elements(list, 'li').map(textOf))).toEqual([
      ['MS Office', 'Java', 'Python (incl. django)'],
    ]);
    expect(toView({ statements: ['One sentence.', 'x'.repeat(61)] }).sections[0]).toMatchObject({ view: { inline: false } });
    expect(toView({ one: ['Only line'] }).sections[0]).toMatchObject({ view: { inline: false } });
  });

  it('leave out icons, logos, ids and layout settings, which carry nothing for a reader', () => {
    const resume = {
      visiting: [{ institution: 'Harvard', logo: '/img/harvard.png', id: 'h1', style: 'timeline', icon: 'fa-solid fa-tag' }],
      certificates: [{ name: 'C', icon: 'fa-solid fa-tag' }],
    };
    expect(textOf(parseHtml(render(resume)))).not.toMatch(/harvard\.png|h1|timeline|fa-solid/);
    expect(notShown(resume)).toEqual([]);
  });

  it("leave out a tool's timestamps and fields that repeat the entry's link or a list beside them", () => {
    const repository = {
      name: 'bridgedb-app',
      url: 'https://github.com/AlexanderPico/bridgedb-app',
      githubRepo: 'AlexanderPico/bridgedb-app',
      language: 'Java',
      languages: ['Java', 'Kotlin'],
      stars: 2,
      fetchedAt: '2026-03-21T15:13:45.436Z',
    };
    // A section of one's own: "software" itself is a known section.
    const facts = (entry: Record<string, unknown>) => generic(toView({ repositories: [entry] }), 'repositories').entries[0]?.facts;
    expect(facts(repository)).toEqual(['Languages: Java, Kotlin', 'Stars: 2']);
    expect(notShown({ repositories: [repository] })).toEqual([]);
    // Only a repetition goes: another repository, another language, a date without a time stay.
    expect(facts({ ...repository, githubRepo: 'someone/fork', language: 'R', fetchedAt: '2026-03-21' })).toEqual([
      'Github Repo: someone/fork',
      'Language: R',
      'Languages: Java, Kotlin',
      'Stars: 2',
      'Fetched At: 2026-03-21',
    ]);
    // A timestamp is not worth a word in a known section either, where it is not read at all.
    expect(
      notShown({
        work: [{ name: 'Lab', position: 'RA', updatedAt: '2024-05-01T10:00:00Z' }],
        fetchMeta: { github: '2026-03-21T15:13:43.775Z' },
      }),
    ).toEqual([]);
  });
});

describe('validate()', () => {
  it('says a value is not shown even where the schema rejects it', () => {
    const problems = validate({ education: { name: 'U', degree: 'BSc' } }).filter((problem) => problem.path === '/education');
    expect(problems.map((problem) => problem.severity)).toEqual(['error', 'warning']);
    expect(problems[1]?.message).toMatch(/"education" is not shown: only lists/);
  });

  it('does not name a picture\'s size for a layout (dinhviettoanle-….json: "logo_width", "width")', () => {
    expect(notShown({ work: [{ name: 'Lab', logo_width: '40px' }], interests: [{ name: 'Piano', width: 3 }] })).toEqual([]);
    expect(notShown({ work: [{ name: 'Lab', widths: 'x', bandwidth: '1 Gb/s' }] })).toEqual(['/work/0/widths', '/work/0/bandwidth']);
  });
});

describe('an object of named lists, as resume builders and parsers write skills', () => {
  const pairs = (resume: unknown, id: string) => {
    const found = elements(parseHtml(render(resume)), 'section').find((node) => attr(node, 'id') === id);
    return found ? elements(found, 'div').map((pair) => [textOf(elements(pair, 'dt')[0]!), elements(pair, 'li').map(textOf)]) : undefined;
  };

  it('is a skills section with one group per list, named from its key; lists without text are left out', () => {
    const resume = {
      basics: { name: 'A' },
      skills: { programming_languages: ['Python', 'Go'], 'Frameworks & Libraries': ['React'], tools: [], cloud: [' '] },
    };
    expect(pairs(resume, 'skills')).toEqual([
      ['Programming Languages', ['Python', 'Go']],
      ['Frameworks & Libraries', ['React']],
    ]);
    // The registry's schema still wants a list, and says so; nothing is named as not shown.
    expect(validate(resume).map((problem) => `${problem.severity} ${problem.path}`)).toEqual(['error /skills']);
    expect(pairs({ interests: { hobbies: ['Piano'], sports: ['Bouldering'] } }, 'interests')).toEqual([
      ['Hobbies', ['Piano']],
      ['Sports', ['Bouldering']],
    ]);
  });

  it('reads a group written as { title, skills: [ … ] } (hazrmard-….json)', () => {
    const resume = { basics: { name: 'A' }, skills: [{ title: 'Languages', skills: ['Python', 'C++'] }] };
    expect(pairs(resume, 'skills')).toEqual([['Languages', ['Python', 'C++']]]);
    expect(notShown(resume)).toEqual([]);
  });

  it('is a section of its own under a key of its own, as in 01QJ10-01QJ10.github.io.json', () => {
    const resume = { name: 'A', additional_information_and_skills: { programming_languages: ['Java', 'R'], interests: ['Photography'] } };
    const view = generic(toView(resume), 'additional_information_and_skills');
    expect(view.entries.map((entry) => [entry.title, entry.keywords])).toEqual([
      ['Programming Languages', ['Java', 'R']],
      ['Interests', ['Photography']],
    ]);
    expect(notShown(resume)).toEqual([]);
  });

  it('is not read as named lists when a field is no list of text: lists of entries, settings, other sections', () => {
    // ALMSIVI-Resume.json: skills grouped in lists of { name, level } (entries, shown as one list, as
    // skills have no group headings), and a comment hidden by a flag (not read: not all lists).
    const almsivi = {
      name: 'A',
      skills: { language: [{ name: 'C#', level: 5 }] },
      comments: { position: 'Looking for an internship.', include: false },
    };
    expect(section(toView(almsivi), 'skills')).toEqual([{ name: 'C#', level: '5', summary: [], keywords: [] }]);
    expect(notShown(almsivi)).toEqual(['/comments']);
    // Elsewhere lists of text are entries: education in groups shows them as one list.
    const education = section(toView({ name: 'A', education: { universities: ['U1', 'U2'] } }), 'education');
    expect(education.map((degree) => degree.institution)).toEqual(['U1', 'U2']);
  });
});

describe('a section written as a list of titled lists (NoeDemange-….json)', () => {
  const resume = {
    publications: [
      { title: 'Posters', entries: [{ name: 'Cages', publisher: 'MaDICS Symposium', releaseDate: '2025-06-01' }] },
      { title: 'Articles', entries: [{ name: 'Guides', publisher: 'J. Chem.', releaseDate: '2024-01' }] },
    ],
    talks: [{ title: 'Invited', items: [{ title: 'What Is a PhD Thesis?', event: 'PhD Roundtable', date: '2026-02-05' }] }],
  };

  it('shows every entry under its title: publications as their groups, dated sections as entries holding theirs', () => {
    const groups = builtGroups(section(toView(resume), 'publications')).map((group) => [
      group.heading,
      group.items.map((pub) => pub.title),
    ]);
    expect(groups).toEqual([
      ['Posters', ['Cages']],
      ['Articles', ['Guides']],
    ]);
    const page = parseHtml(render(resume));
    expect(byClass(page, 'group-heading').map(textOf)).toEqual(['Posters', 'Articles']);
    expect(byClass(page, 'entry-title').map(textOf)).toEqual(expect.arrayContaining(['Invited', 'What Is a PhD Thesis?']));
    expect(notShown(resume)).toEqual([]);
  });

  it('numbers the papers across the groups written, which take the place of groupPublications', () => {
    const numbered = { ...resume, meta: { themeOptions: { numberPublications: 'ascending', groupPublications: 'type' } } };
    const groups = section(toView(numbered), 'publications').groups;
    expect(groups.map((group) => [group.heading, group.items.map((pub) => pub.number)])).toEqual([
      ['Posters', ['[1]']],
      ['Articles', ['[2]']],
    ]);
  });

  it('is read so only when every item is a titled list', () => {
    const mixed = { publications: [{ title: 'Posters', entries: [{ name: 'Cages' }] }, { name: 'Guides' }] };
    expect(builtPapers(section(toView(mixed), 'publications')).map((pub) => pub.title)).toEqual(['Posters', 'Guides']);
  });
});

describe('a section written as one titled list (williameclee-….json)', () => {
  it('is read as its entries, under its title unless the labels option names the section', () => {
    const resume = {
      education: { title: 'Studies', items: [{ institution: 'University of Arizona', area: 'Geosciences' }] },
      outreach: { title: 'Public Engagement', items: [{ name: 'Science night', date: '2024' }] },
    };
    const view = toView(resume);
    expect(view.sections.map((shown) => [shown.key, shown.title])).toEqual([
      ['education', 'Studies'],
      ['outreach', 'Public Engagement'],
    ]);
    expect(section(view, 'education').map((degree) => degree.institution)).toEqual(['University of Arizona']);
    expect(notShown(resume)).toEqual([]);
    expect(toView(resume, { labels: { education: 'Ausbildung' } }).sections[0]?.title).toBe('Ausbildung');
  });
});

describe('links written as an object of addresses by label (NeutrinoLiu-….json)', () => {
  it('are links under their labels made readable; an unsafe address is no link', () => {
    const resume = {
      projects: [
        {
          name: 'OmniHaMeR',
          links: { paper: 'https://arxiv.org/abs/1', project_page: 'https://example.org/p', bad: 'javascript:alert(1)' },
        },
      ],
    };
    expect(entriesOf(section(toView(resume), 'projects'))[0]?.links).toEqual([
      { label: 'Paper', href: 'https://arxiv.org/abs/1' },
      { label: 'Project Page', href: 'https://example.org/p' },
      { label: 'Bad', href: undefined },
    ]);
    expect(render(resume)).not.toContain('javascript:');
    expect(validate(resume).filter((problem) => problem.severity === 'warning' && !/registry/.test(problem.message))).toEqual([
      expect.objectContaining({ path: '/projects/0/links/bad', message: expect.stringMatching(/is not shown as a link/) }),
    ]);
  });

  it('and a top-level profile holds the header of a resume without basics', () => {
    expect(toView({ profile: { name: 'Bangya Liu', email: 'b@example.org' } }).basics).toMatchObject({ name: 'Bangya Liu' });
  });
});

describe("a professor's sections in named groups, as jsoncv writes them", () => {
  // The shape of jsoncv's schema for professors (cuihantao/jsoncv, schema/jsoncv.schema.prof.json).
  const resume = {
    basics: { name: 'Ada Example', label: 'Associate Professor' },
    education: [{ institution: 'U', studyType: 'Ph.D.', area: 'Engineering', dissertation: 'Methods for Grids' }],
    teaching: [
      { courseCode: 'ENG 101', courseName: 'Introduction to Engineering', institution: 'State University', terms: ["F'23", "S'24"] },
    ],
    mentoring: {
      current_students: [{ name: 'Ben Student', level: 'Ph.D.', startDate: '2022-01', dissertation: 'Grid Stability' }],
      past_students: [
        {
          name: 'Cleo Former',
          level: 'M.S.',
          type: 'Thesis',
          period: '2020 - 2022',
          thesis_title: 'Load Models',
          placement: 'Engineer at Acme',
        },
      ],
      committee_service: [
        { name: 'Dan Other', institution: 'Tech U', dissertation: 'Markets', status: 'Completed', completionDate: '2023-05' },
      ],
    },
    services: {
      editorialBoards: [{ role: 'Associate Editor', journal: 'Journal of Engineering', period: '2020 - Present' }],
      reviewServices: [{ type: 'Proposal Review', organization: 'NSF', year: '2023', details: 'Panelist' }],
      departmental: [{ role: 'Member', committee: 'Graduate Admissions' }],
    },
    presentations: {
      invitedTalks: [{ title: 'Advances in Grids', venue: 'Research University', type: 'Seminar', date: '2024-01' }],
      outreach: [{ activity: 'STEM Outreach Program', date: '2023-07', description: 'Mentored high school students' }],
    },
    researchAreas: [{ name: 'Power Systems', contributions: ['New solvers', 'Open data'] }],
  };
  const page = parseHtml(render(resume));
  const sectionText = (id: string) => {
    const found = elements(page, 'section').find((node) => attr(node, 'id') === id);
    return found ? textOf(found).replace(/\s+/g, ' ') : '';
  };
  const groupsOf = (id: string) => {
    const found = elements(page, 'section').find((node) => attr(node, 'id') === id);
    return found ? elements(found, 'h3').map(textOf) : [];
  };

  it('shows each group under its name, its entries laid out as the section lays out its own', () => {
    expect(groupsOf('mentoring')).toEqual(['Current Students', 'Past Students', 'Committee Service']);
    expect(groupsOf('service')).toEqual(['Editorial Boards', 'Review Services', 'Departmental']);
    expect(groupsOf('talks')).toEqual(['Invited Talks', 'Outreach']);
    const mentoring = entriesOf(section(toView(resume), 'mentoring'));
    expect(
      mentoring.map((group) => [group.title, group.roles.map((entry) => [entry.title, entry.subtitle, entry.badge, entry.facts])]),
    ).toEqual([
      ['Current Students', [['Ben Student', 'Ph.D.', '', ['Grid Stability']]]],
      ['Past Students', [['Cleo Former', 'M.S.', 'Thesis', ['Load Models', 'Engineer at Acme']]]],
      ['Committee Service', [['Dan Other', 'Tech U', 'Completed', ['Markets']]]],
    ]);
    expect(sectionText('mentoring')).toContain('May 2023');
    expect(sectionText('service')).toContain('Associate Editor');
    expect(sectionText('service')).toContain('Journal of Engineering');
    expect(sectionText('service')).toContain('Proposal Review');
    expect(sectionText('service')).toContain('Graduate Admissions');
    expect(sectionText('talks')).toContain('STEM Outreach Program');
  });

  it("reads jsoncv's names for a course, a dissertation and research contributions", () => {
    expect(sectionText('teaching')).toContain('Introduction to Engineering');
    expect(sectionText('teaching')).toContain('ENG 101');
    expect(plainText(section(toView(resume), 'education')[0]?.thesis?.title ?? [])).toBe('Methods for Grids');
    expect(generic(toView(resume), 'researchAreas').entries[0]?.highlights.map(plainText)).toEqual(['New solvers', 'Open data']);
  });

  it("shows jsoncv's sentence on a skill and on a language", () => {
    const withSummaries = {
      skills: [{ name: 'Research', level: 'Expert', summary: 'Methods for *computing*', keywords: ['Data Analysis'] }],
      languages: [{ language: 'English', fluency: 'Native', summary: 'Native speaker' }],
    };
    const html = parseHtml(render(withSummaries));
    expect(byClass(html, 'pair-note').map(textOf)).toEqual(['Methods for computing', 'Native speaker']);
    expect(notShown(withSummaries)).toEqual([]);
  });

  it('names nothing as not shown, and the schema accepts the groups', () => {
    expect(notShown(resume)).toEqual([]);
    expect(validate(resume).filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('puts entries written as a list before the groups, and shows groups of sections without headings as one list', () => {
    const talks = entriesOf(
      section(toView({ talks: [{ name: 'Listed' }], presentations: { invitedTalks: [{ title: 'Grouped' }] } }), 'talks'),
    );
    expect(talks.map((entry) => [entry.title, entry.roles.map((role) => role.title)])).toEqual([
      ['Listed', []],
      ['Invited Talks', ['Grouped']],
    ]);
    const work = entriesOf(section(toView({ work: { industry: [{ name: 'Acme', position: 'Engineer' }] } }), 'work'));
    expect(work.map((entry) => [entry.title, entry.roles.map((role) => [role.title, role.subtitle])])).toEqual([
      ['Industry', [['Acme', 'Engineer']]],
    ]);
    expect(notShown({ projects: { research: [{ name: 'P' }] } })).toEqual(['/projects']);
    const papers = section(toView({ publications: { journal: [{ name: 'J1' }], conference: [{ name: 'C1' }] } }), 'publications');
    expect(builtPapers(papers).map((pub) => pub.title)).toEqual(['J1', 'C1']);
  });
});

describe("resumake.io's settings", () => {
  // JBoixCampos-JBoixCampos.github.io.json and ieremies-ieremies.json, as resumake.io exports them.
  const resume = {
    selectedTemplate: 1,
    headings: { work: 'Experiência' },
    basics: { name: 'A' },
    awards: [{ title: 'Prize' }],
    work: [{ company: 'Lab', position: 'Engineer' }],
    education: [{ institution: 'U' }],
    sections: ['templates', 'profile', 'education', 'awards', 'work'],
  };

  it('orders the sections as its section list does, which is no section itself', () => {
    expect(toView(resume).sections.map((shown) => shown.key)).toEqual(['education', 'awards', 'work']);
    // The sections option wins.
    expect(toView(resume, { sections: ['work'] }).sections.map((shown) => shown.key)).toEqual(['work', 'education', 'awards']);
  });

  it('names neither the template number nor the order as not shown', () => {
    expect(notShown(resume)).toEqual([]);
  });

  it('leaves a list named sections that holds other text a section of its own', () => {
    const own = { basics: { name: 'A' }, sections: ['Cycling', 'Hiking'] };
    expect(toView(own).sections.map((shown) => shown.key)).toEqual(['sections']);
  });
});

describe('a period written in one field', () => {
  const when = (resume: unknown) => byClass(parseHtml(render(resume)), 'entry-when').map(textOf);
  const times = (resume: unknown) => elements(parseHtml(render(resume)), 'time').map((time) => attr(time, 'datetime'));

  it('is shown as its two dates when both ends are dates the theme reads, as jsoncv and academicpages files write it', () => {
    const resume = {
      education: [{ institution: 'U', period: '2019 - 2022' }],
      service: [{ role: 'Associate Editor', period: '2020-Present' }],
      teaching: [{ course: 'Analysis', year: '2016 – 2019' }],
      visits: [{ title: 'Visit', duration: '2019-06-2019-08' }],
    };
    // In the page's order: education, teaching, service, then the resume's own.
    expect(when(resume)).toEqual(['2019 – 2022', '2016 – 2019', '2020 – Present', 'Jun 2019 – Aug 2019']);
    expect(times(resume)).toEqual(['2019', '2022', '2016', '2019', '2020', '2019-06', '2019-08']);
    expect(validate(resume).filter((problem) => problem.severity === 'warning' && !/registry/.test(problem.message))).toEqual([]);
    expect(when({ education: [{ institution: 'U', period: '2019 - 2022' }], meta: { themeOptions: { locale: 'de' } } })).toEqual([
      '2019 – 2022',
    ]);
  });

  it('reads a period written as a list of its ends (williameclee-….json), and names an end it cannot read', () => {
    const resume = {
      outreach: [
        { name: 'Science night', date: ['September 2025', 'present'] },
        { name: 'Fair', date: ['Janurary 2026', '2027'] },
      ],
    };
    expect(when(resume)).toEqual(['Sep 2025 – Present', 'Janurary 2026 – 2027']);
    expect(times(resume)).toEqual(['2025-09', '2027']);
    const warnings = validate(resume).filter((problem) => problem.severity === 'warning' && !/registry/.test(problem.message));
    expect(warnings.map((problem) => [problem.path, problem.message])).toEqual([
      ['/outreach/1/date', expect.stringMatching(/^"Janurary 2026" is not a date the theme can read/)],
    ]);
  });

  it('dates a term of the academic year by its year and shows it as written (Alestaubin-….json dates projects "Fall 2025")', () => {
    const resume = {
      language: 'de',
      teaching: [
        { course: 'Analysis I', date: 'Fall 2025' },
        { course: 'Analysis II', period: 'Winter Quarter 2023 - Spring 2024' },
      ],
    };
    expect(when(resume)).toEqual(['Fall 2025', 'Winter Quarter 2023 – Spring 2024']);
    expect(times(resume)).toEqual(['2025', '2023', '2024']);
    expect(validate(resume).filter((problem) => problem.severity === 'warning' && !/registry/.test(problem.message))).toEqual([]);
  });

  it('reads the numeric dates of Chinese, Japanese and European CVs, and "present" in the languages the theme speaks', () => {
    // KilianKoch-….json and ALMSIVI-Resume.json write their periods so.
    const resume = {
      language: 'ja',
      work: [
        { name: 'RWTH', date: '2024年4月 – 現在' },
        { name: 'UCSD', date: '2018/10至今' },
        { name: 'Uni', period: '10/2014 - 03/2018' },
        { name: 'Lab', startDate: '2019.09', endDate: 'heute' },
      ],
    };
    expect(when(resume)).toEqual(['2024年4月 – 現在', '2018年10月 – 現在', '2014年10月 – 2018年3月', '2019年9月 – 現在']);
    expect(times(resume)).toEqual(['2024-04', '2018-10', '2014-10', '2018-03', '2019-09']);
    // The standard schema, which the registry checks, still wants ISO dates in startDate and endDate.
    expect(validate(resume).filter((problem) => problem.severity === 'warning' && !/registry/.test(problem.message))).toEqual([]);
  });

  it('is shown as written, with a warning, when an end is no such date, and an end before its start is named', () => {
    const resume = {
      work: [
        { name: 'Lab', duration: '2024年4月 – 未定' },
        { name: 'Lab', period: '2022 - 2019' },
      ],
    };
    expect(when(resume)).toEqual(['2024年4月 – 未定', '2022 – 2019']);
    expect(validate(resume).map((problem) => [problem.path, problem.message])).toEqual([
      ['/work/0/duration', expect.stringMatching(/^"2024年4月 – 未定" is not a date the theme can read/)],
      ['/work/1/period', 'The end date (2019) is before the start date (2022).'],
    ]);
  });
});

describe('a street address as the place', () => {
  it('is the place of an entry that gives no location, as JanKren-JanKren.github.io.json writes employers', () => {
    const resume = { work: [{ name: 'PSI', position: 'Intern', address: 'Forschungsstrasse 111, 5234 Villigen, Switzerland' }] };
    expect(entriesOf(section(toView(resume), 'work'))[0]?.location).toBe('Forschungsstrasse 111, 5234 Villigen, Switzerland');
    expect(notShown(resume)).toEqual([]);
    expect(generic(toView({ visits: [{ title: 'Visit', address: 'Lab, Zurich' }] }), 'visits').entries[0]?.location).toBe('Lab, Zurich');
  });

  it('is named as not shown beside a location', () => {
    expect(notShown({ work: [{ name: 'PSI', location: 'Villigen', address: 'Forschungsstrasse 111' }] })).toEqual(['/work/0/address']);
  });
});

describe('a CV written as a list of sections', () => {
  // KilianKoch-KilianKoch.github.io.json: "sections": [{ "id", "title", "style", "entries": [ … ] }, …].
  const resume = {
    name: 'A',
    sections: [
      { id: 'positions', title: '職歴', style: 'timeline', entries: [{ org: 'RWTH Aachen', role: '博士課程研究員', date: '2024' }] },
      { id: 'education', title: '学歴', entries: [{ org: 'RWTH Aachen', role: 'M.Sc.' }] },
      { id: 'education', heading: 'Teaching', items: ['Analysis I'] },
    ],
    education: [{ institution: 'U' }],
  };

  it('shows each as a section of its own, under its title, apart from the known sections', () => {
    const view = toView(resume);
    expect(view.sections.map((shown) => [shown.key, shown.id, shown.title])).toEqual([
      ['education', 'education', 'Education'],
      ['sections.positions', 'sections-positions', '職歴'],
      ['sections.education', 'sections-education', '学歴'],
      ['sections.education-2', 'sections-education-2', 'Teaching'],
    ]);
    expect(generic(view, 'sections.positions').entries.map((entry) => [entry.title, entry.subtitle])).toEqual([
      ['博士課程研究員', 'RWTH Aachen'],
    ]);
    expect(notShown(resume)).toEqual([]);
    const reordered = toView(resume, { sections: ['sections.education'], hide: ['sections.positions'] });
    expect(reordered.sections.map((shown) => shown.key)).toEqual(['sections.education', 'education', 'sections.education-2']);
  });

  it("keeps its place among the lists of the resume's own", () => {
    const resume = { name: 'A', outreach: ['Fair'], sections: [{ title: 'Talks', entries: ['T'] }], hobbies: ['Chess'] };
    expect(toView(resume).sections.map((shown) => shown.key)).toEqual(['outreach', 'sections.0', 'hobbies']);
  });

  it('is one section named Sections when an item is no titled list of entries', () => {
    const mixed = { name: 'A', sections: [{ title: 'Talks', entries: ['T'] }, { title: 'Loose' }] };
    expect(toView(mixed).sections.map((shown) => shown.key)).toEqual(['sections']);
  });
});

describe('a resume without basics whose summary is a list', () => {
  it('shows the list as a section of its own', () => {
    const view = toView({ name: 'A', summary: ['First line.', 'Second line.'] });
    expect(view.basics.summary).toEqual([]);
    expect(view.sections.map((shown) => shown.key)).toEqual(['summary']);
    expect(notShown({ name: 'A', summary: ['First line.', 'Second line.'] })).toEqual([]);
  });
});

describe('the summary and title resume builders write', () => {
  it('reads professional_summary as the summary, at the top level and in basics', () => {
    // ATClare-ATClare.github.io.json: name, contact and professional_summary at the top level.
    const resume = { name: 'A', professional_summary: 'Leads a *research* team.' };
    expect(plainText(toView(resume).basics.summary)).toBe('Leads a research team.');
    expect(notShown(resume)).toEqual([]);
    expect(plainText(toView({ basics: { name: 'A', professionalSummary: 'Works on flows.' } }).basics.summary)).toBe('Works on flows.');
    // Where both are written, summary is the one shown and the other is named.
    expect(notShown({ name: 'A', summary: 'S', professional_summary: 'P' })).toEqual(['/professional_summary']);
  });

  it("makes a resume's own title its heading when it gives no name", () => {
    // LenaKahle-LenaKahle.github.io.json: "title": "CURRICULUM VITAE", and no name.
    const resume = { title: 'CURRICULUM VITAE', education: [{ institution: 'TUM' }] };
    const view = toView(resume);
    expect(view.title).toBe('CURRICULUM VITAE');
    expect(textOf(byClass(parseHtml(render(resume)), 'cv-name')[0]!)).toBe('CURRICULUM VITAE');
    expect(notShown(resume)).toEqual([]);
    // Beside a name, the title has no place, and validate() says so.
    expect(toView({ ...resume, name: 'Lena' }).title).toBe('Lena');
    expect(notShown({ ...resume, name: 'Lena' })).toEqual(['/title']);
    // In basics, and with neither, the heading is the locale's "Curriculum Vitae".
    expect(toView({ basics: { title: 'T' } }).title).toBe('Curriculum Vitae');
    expect(toView({ education: [{ institution: 'TUM' }] }, { locale: 'de' }).title).toBe('Lebenslauf');
  });
});

describe('a header written at the top level', () => {
  it('names the fields it does not show, even beside ones it does', () => {
    const resume = {
      name: 'A',
      url: 'https://a.example.org',
      website: 'https://b.example.org',
      label: 'L',
      subtitle: 'S',
      headings: { website: 'Web' },
    };
    expect(notShown(resume).sort()).toEqual(['/headings/website', '/subtitle', '/website']);
  });
});

describe('author lists as exports write them', () => {
  const paper = (authors: unknown) => ({ basics: { name: 'Ada Lovelace' }, publications: [{ name: 'P', authors }] });
  const errors = (resume: unknown) =>
    validate(resume)
      .filter((problem) => problem.severity === 'error')
      .map((problem) => `${problem.path}: ${problem.message}`);
  const shownAuthors = (resume: unknown) => builtPapers(section(toView(resume), 'publications'))[0]?.authors.map(nameOf);

  it("reads Semantic Scholar's { name } and CSL-JSON's { given, family } and { literal }, with no schema error", () => {
    const authors = [
      { name: 'Neal K. Bennett', s2AuthorId: '2260653849' },
      { given: 'Ada', family: 'Lovelace' },
      { given: 'Ludwig', 'non-dropping-particle': 'van', family: 'Beethoven' },
      { literal: 'ATLAS Collaboration' },
      'Charles Babbage',
    ];
    expect(shownAuthors(paper(authors))).toEqual([
      'Neal K. Bennett',
      'Ada Lovelace',
      'Ludwig van Beethoven',
      'ATLAS Collaboration',
      'Charles Babbage',
    ]);
    expect(render(paper(authors))).toContain('<strong class="owner">Ada Lovelace</strong>');
    expect(errors(paper(authors))).toEqual([]);
    expect(notShown(paper(authors))).toEqual([]);
  });

  it('reads one "A and B" string, and rejects what is neither a list nor text, at its path', () => {
    expect(shownAuthors(paper('Ada Lovelace and Charles Babbage'))).toEqual(['Ada Lovelace', 'Charles Babbage']);
    expect(errors(paper('Ada Lovelace and Charles Babbage'))).toEqual([]);
    expect(shownAuthors(paper('Ada Lovelace, Charles Babbage, and Mary Somerville'))).toEqual([
      'Ada Lovelace',
      'Charles Babbage',
      'Mary Somerville',
    ]);
    // A comma inside "Last, First" does not part names.
    expect(shownAuthors(paper('Lovelace, Ada and Babbage, Charles'))).toEqual(['Lovelace, Ada', 'Babbage, Charles']);
    expect(shownAuthors(paper('Lovelace, A., Babbage, C.'))).toEqual(['Lovelace, A., Babbage, C.']);
    expect(shownAuthors(paper('Lovelace, Ada Augusta'))).toEqual(['Lovelace, Ada Augusta']);
    expect(errors(paper(5))).toEqual(['/publications/0/authors: publications[0].authors should be a list or text, not a number.']);
    expect(errors(paper(['A', 3]))).toEqual([
      '/publications/0/authors/1: publications[0].authors[1] should be text or an object ({ … }), not a number.',
    ]);
    expect(notShown(paper([{ fullName: 'Ada Lovelace' }]))).toEqual(['/publications/0/authors/0/fullName']);
  });

  it("reads BibTeX's `author` field when there is no `authors` (philipmjohnson-….json)", () => {
    const resume = {
      basics: { name: 'Philip M. Johnson' },
      publications: [{ name: 'P', author: 'Sean B. Cleveland, Philip M. Johnson, Helen Turner' }],
    };
    expect(shownAuthors(resume)).toEqual(['Sean B. Cleveland', 'Philip M. Johnson', 'Helen Turner']);
    expect(render(resume)).toContain('<strong class="owner">Philip M. Johnson</strong>');
    expect(notShown(resume)).toEqual([]);
  });

  it('says nothing of a year that agrees with the date shown, and names one that does not', () => {
    const dated = (fields: Record<string, unknown>) => ({ publications: [{ name: 'P', ...fields }] });
    expect(notShown(dated({ releaseDate: '2025-12-19', year: 2025 }))).toEqual([]);
    expect(notShown(dated({ date: '2025-03', year: '2025' }))).toEqual([]);
    const problems = validate(dated({ releaseDate: '2025-12-19', year: 2024 })).filter(
      (problem) => problem.path === '/publications/0/year',
    );
    expect(problems.map((problem) => problem.message)).toEqual([
      '"2024" is not shown: the date shown is releaseDate ("2025-12-19"). Make the two agree, or remove one.',
    ]);
    expect(section(toView(dated({ releaseDate: '2025-12-19', year: 2024 })), 'publications').groups[0]?.items[0]?.date?.iso).toBe(
      '2025-12-19',
    );
  });

  it('leaves only real problems in a Semantic Scholar export (AlexanderPico-icv.json)', () => {
    const resume = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/real-resumes/AlexanderPico-icv.json'), 'utf8')) as unknown;
    expect(errors(resume)).toEqual([
      '/publications/0/url: publications[0].url should be a full web address, such as https://example.com.',
      '/publications/6/url: publications[6].url should be a full web address, such as https://example.com.',
      '/publications/6/abstract: publications[6].abstract should be text, not null.',
    ]);
  });
});
