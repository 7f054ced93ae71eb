// The research sections: their own keys, their aliases and the projects[] form the registry accepts,
// in the research CV's order, with the section options; and sections of the resume's own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '../helpers/untypedRender';
import { validate } from '../../index';
import { SECTIONS } from '../../src/sections/registry';
import { attr, elements, parseHtml, textOf, wordsOf, type HtmlNode } from '../helpers/html';

const read = (path: string) => JSON.parse(readFileSync(join(__dirname, '..', '..', path), 'utf8')) as Record<string, any>;
const researchCv = read('test/fixtures/research-cv.json');
const RESEARCH = ['talks', 'teaching', 'grants', 'mentoring', 'service', 'patents', 'software'] as const;

function sections(html: string): Map<string, HtmlNode> {
  return new Map(elements(parseHtml(html), 'section').map((node) => [attr(node, 'id') ?? '', node]));
}

function headings(html: string): string[] {
  return elements(parseHtml(html), 'h2').map(textOf);
}

/** The same resume with every research entry moved into projects[] under its type. */
function registrySafe(resume: Record<string, any>): Record<string, any> {
  const { meta: _meta, ...rest } = resume;
  const moved = RESEARCH.flatMap((key) => {
    const type = SECTIONS.find((section) => section.key === key)?.projectTypes?.[0];
    // In this form `type` routes the entry; a talk's kind goes in `kind`.
    return (rest[key] as Record<string, unknown>[]).map((item) =>
      key === 'talks' ? { ...item, kind: item.type, type } : { ...item, type },
    );
  });
  for (const key of RESEARCH) delete rest[key];
  return { ...rest, projects: [...rest.projects, ...moved] };
}

describe('research sections', () => {
  const html = render(researchCv);
  const page = sections(html);

  it('come after publications in the research order, then the standard ones, then the resume’s own', () => {
    expect(headings(html)).toEqual([
      'Education',
      'Publications',
      'Talks',
      'Teaching',
      'Grants & Funding',
      'Mentoring',
      'Service',
      'Patents',
      'Software',
      'Projects',
      'Exhibitions',
    ]);
  });

  it.each([
    [
      'talks',
      [
        'Inference Under Interference',
        'JSM 2024',
        'Portland, OR',
        'Aug 2024',
        'Invited',
        'Slides',
        'Joint work with L. Student.',
        'Keynote',
      ],
    ],
    [
      'teaching',
      [
        'Causal Inference',
        'STAT 992',
        'Instructor',
        'State University',
        'Sep 2021 – Dec 2021',
        'Graduate seminar.',
        'New course',
        'Spring 2022, Spring 2023',
      ],
    ],
    [
      'grants',
      [
        'Causal Methods for Networks',
        'National Science Foundation',
        'PI',
        '$420,000',
        'Awarded',
        'Jul 2020 – Jun 2024',
        'DMS award.',
        'Pending',
        '$1.2M',
      ],
    ],
    [
      'mentoring',
      [
        'Lee Student',
        'PhD',
        'Network experiments',
        'Assistant Professor at Example College',
        'Sep 2017 – May 2022',
        'Kim Undergrad',
        'Jan 2023 – Present',
      ],
    ],
    [
      'service',
      ['Associate Editor', 'Biometrika', '2019 – Present', 'Handling editor for causal inference.', 'Reviewer', '2018, 2019, 2021'],
    ],
    ['patents', ['Adaptive Experiment Design', 'US 10,000,001 B1', 'USPTO', 'Granted', 'Jun 2018', 'Dana Engineer', 'Sequential designs.']],
    [
      'software',
      [
        'netinf',
        'Apr 2023',
        'Lead developer',
        'Lee Student',
        'Estimators for experiments under network interference.',
        'Version: 2.1.0 · License: MIT · Stars: 1,250',
        'Python',
        'C++',
        'causal inference',
        'doi:10.5281/zenodo.1234567',
      ],
    ],
  ])('%s: every field in its section', (key, texts) => {
    const text = textOf(page.get(key) as HtmlNode);
    for (const expected of texts) expect(text).toContain(expected);
  });

  it('link titles and extra links, and show the owner in bold among inventors', () => {
    const links = (key: string) => elements(page.get(key) as HtmlNode, 'a').map((link) => attr(link, 'href'));
    expect(links('talks')).toEqual(expect.arrayContaining(['https://example.edu/jsm', 'https://example.edu/jsm.pdf']));
    expect(links('grants')).toContain('https://nsf.example.gov/1');
    expect(links('mentoring')).toContain('https://lee.example.org');
    const owner = elements(page.get('patents') as HtmlNode, 'strong').map(textOf);
    expect(owner).toEqual(['Priya Raman']);
    expect(elements(page.get('software') as HtmlNode, 'strong').map(textOf)).toEqual(['Priya Raman']);
    expect(links('software')).toEqual(['https://github.com/praman/netinf', 'https://doi.org/10.5281/zenodo.1234567']);
    // A count of zero says nothing: no "Forks: 0".
    expect(textOf(page.get('software') as HtmlNode)).not.toContain('Forks');
  });

  it('read the same from projects[] entries typed for them (the registry-safe form), which leave Projects', () => {
    const safe = registrySafe(researchCv);
    const safePage = sections(render(safe));
    for (const key of RESEARCH) expect(textOf(safePage.get(key) as HtmlNode)).toBe(textOf(page.get(key) as HtmlNode));
    expect(textOf(safePage.get('projects') as HtmlNode)).toBe(textOf(page.get('projects') as HtmlNode));
  });

  it('are named once each by validate(), with both ways out, unless meta.skipValidation is set', () => {
    const { meta: _skip, ...strict } = researchCv;
    const registry = validate(strict).filter((problem) => /registry rejects/.test(problem.message));
    expect(registry.map((problem) => problem.path)).toEqual([
      '/talks',
      '/teaching',
      '/grants',
      '/mentoring',
      '/service',
      '/patents',
      '/software',
      '/exhibitions',
    ]);
    expect(registry[0]?.message).toMatch(/projects\[\] with "type": "talk".*"skipValidation": true/);
    expect(registry[7]?.message).not.toMatch(/projects\[\]/);
    expect(validate(researchCv)).toEqual([]);
    expect(validate(registrySafe(strict))).toEqual(validate({ exhibitions: strict.exhibitions }));
  });

  it('follow the sections, hide and labels options, by key or alias', () => {
    const options = {
      sections: ['presentations', 'service'],
      hide: ['teaching', 'exhibitions'],
      labels: { talks: 'Invited Talks', grants: 'Funding' },
    };
    expect(headings(render(researchCv, options))).toEqual([
      'Invited Talks',
      'Service',
      'Education',
      'Publications',
      'Funding',
      'Mentoring',
      'Patents',
      'Software',
      'Projects',
    ]);
  });

  it('read academicpages’ presentations[] (description as text) into talks', () => {
    const talks = sections(
      render({ presentations: [{ title: 'A Talk', venue: 'Some Workshop', date: '2020-02', description: 'What it was about.' }] }),
    ).get('talks');
    expect(wordsOf(talks as HtmlNode)).toBe('Talks A Talk Feb 2020 Some Workshop What it was about.');
  });
});

describe('sections of the resume’s own', () => {
  it('are titled from their key, or from labels, and laid out from their fields', () => {
    const resume = {
      education: [{ institution: 'U' }],
      academicService: [{ role: 'Chair', organization: 'Dept', year: 2021, panel: 'Hiring', tags: ['a', 'b'] }],
      'work experience': [{ title: 'Fellow', organization: 'Lab', startDate: '2019', endDate: '2020', website: 'example.org/fellows' }],
      outreach: ['Science fair judge', 'Mentor, *Code Club*'],
    };
    const html = render(resume, { labels: { outreach: 'Outreach & Public Engagement' } });
    // academicService is read as service; the others keep their own place after the known sections.
    expect(headings(html)).toEqual(['Education', 'Service', 'Work Experience', 'Outreach & Public Engagement']);
    const page = sections(html);
    expect(textOf(page.get('service') as HtmlNode)).toContain('Chair');
    expect(textOf(page.get('service') as HtmlNode)).not.toContain('Hiring');
    const work = page.get('work-experience') as HtmlNode;
    expect(wordsOf(work)).toBe('Work Experience Fellow 2019 – 2020 Lab');
    expect(elements(work, 'a').map((link) => attr(link, 'href'))).toEqual(['https://example.org/fellows']);
    expect(elements(page.get('outreach') as HtmlNode, 'em').map(textOf)).toEqual(['Code Club']);
  });

  it('show every field they have: a title, a subtitle, a date, then the rest as facts, bullets and keywords', () => {
    const html = render({
      internships: [
        {
          company: 'Acme',
          position: 'Intern',
          date: '2011',
          team: 'Vision',
          achievements: ['Shipped'],
          tags: ['cv'],
          mentor: { name: 'Ann' },
        },
      ],
    });
    expect(wordsOf(sections(html).get('internships') as HtmlNode)).toBe(
      'Internships Intern 2011 Acme Team: Vision · Mentor: Ann Shipped cv',
    );
  });

  it('are titled from their key when it is a name every object inherits (constructor, toString)', () => {
    const html = render({ constructor: [{ title: 'Item one' }], toString: ['A line'], hasOwnProperty: [{ name: 'x' }] });
    expect(headings(html)).toEqual(['Constructor', 'To String', 'Has Own Property']);
    expect(textOf(sections(html).get('toString') as HtmlNode)).toContain('A line');
  });

  it('never take a known section’s id', () => {
    const html = render({ 'work!': [{ name: 'x' }], work: [{ name: 'y' }] });
    expect([...sections(html).keys()]).toEqual(['work', 'work-list']);
  });
});
