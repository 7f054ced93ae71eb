// Every field of every standard section, and the research extension, shows in its own section.
import everyField from '../fixtures/every-field.json';
import { render } from '../../index';
import { attr, byClass, elements, parseHtml, textOf, type HtmlNode } from '../helpers/html';

const page = parseHtml(render(everyField));
const section = (id: string): HtmlNode => {
  const found = elements(page, 'section').find((node) => attr(node, 'id') === id);
  if (!found) throw new Error(`no section #${id}`);
  return found;
};
const hrefs = (node: HtmlNode) => elements(node, 'a').map((link) => attr(link, 'href'));

describe('every standard field is shown', () => {
  it('basics: name (and in another script), label, image, contact, location, profiles, summary', () => {
    const header = elements(page, 'header')[0] as HtmlNode;
    const text = textOf(page);
    expect(textOf(elements(page, 'h1')[0] as HtmlNode)).toBe('Ada Example 艾达');
    for (const value of [
      'Research Scientist',
      'ada@example.org',
      '+1 (555) 010-0000',
      'ada.example.org',
      '1 Main St, Berkeley, CA 94704, US',
      'GitHub',
      'ada-gh',
      'scholar.google.com/citations?user=ADA',
    ]) {
      expect(textOf(header)).toContain(value);
    }
    expect(hrefs(header)).toEqual(
      expect.arrayContaining(['mailto:ada@example.org', 'tel:+15550100000', 'https://ada.example.org', 'https://github.com/ada-gh']),
    );
    expect(attr(elements(page, 'img')[0] as HtmlNode, 'src')).toBe('https://example.org/ada.jpg');
    expect(text).toContain('Works on probabilistic models and robust inference.');
  });

  it.each([
    [
      'work',
      [
        'Work Org',
        'Work City',
        'Work org description',
        'Work Position',
        'Mar 2019 – Apr 2020',
        'Work summary',
        'Work highlight one',
        'Work highlight two',
      ],
      ['https://work.example.org'],
    ],
    [
      'volunteer',
      ['Volunteer Org', 'Volunteer Position', '2015 – 2016', 'Volunteer summary', 'Volunteer highlight'],
      ['https://volunteer.example.org'],
    ],
    [
      'education',
      ['Edu University', 'PhD, Edu Area', 'Sep 2014 – Jun 2019', '3.97', 'Course Alpha', 'Course Beta'],
      ['https://edu.example.org'],
    ],
    ['awards', ['Award Title', 'May 2018', 'Award Giver', 'Award summary'], []],
    ['certificates', ['Certificate Name', 'Jul 2017', 'Certificate Issuer'], ['https://cert.example.org']],
    ['skills', ['Skill Name', 'Skill Level', 'Skill Keyword'], []],
    ['languages', ['Language Name', 'Language Fluency'], []],
    ['interests', ['Interest Name', 'Interest Keyword'], []],
    ['references', ['Reference Name', 'Reference text'], []],
    [
      'projects',
      [
        'Project Name',
        'Project description',
        'Project highlight',
        'Project Keyword',
        'Jan 2021 – Dec 2021',
        'Project Role',
        'Project Entity',
        'Project Type',
      ],
      ['https://project.example.org'],
    ],
  ])('%s', (id, texts, links) => {
    const node = section(id);
    for (const text of texts) expect(textOf(node)).toContain(text);
    expect(hrefs(node)).toEqual(expect.arrayContaining(links));
  });

  it('publications with the research extension', () => {
    const node = section('publications');
    const text = textOf(node);
    for (const value of [
      'Publication Title',
      'Publication Publisher',
      'Nov 2022',
      'Publication summary',
      'Publication Venue',
      'Accepted',
      'Bob Coauthor',
      'Cy Senior',
      'Code',
      'Slides',
      'Publication highlight',
      'doi:10.1234/abcd.5678',
      'arXiv:2201.00001',
      'Oral',
    ]) {
      expect(text).toContain(value);
    }
    expect(hrefs(node)).toEqual(
      expect.arrayContaining([
        'https://pub.example.org',
        'https://code.example.org',
        'https://doi.org/10.1234/abcd.5678',
        'https://arxiv.org/abs/2201.00001',
      ]),
    );
    expect(textOf(byClass(node, 'venue')[0] as HtmlNode)).toBe('Publication Venue');
    expect(elements(byClass(node, 'venue')[0] as HtmlNode).length).toBeGreaterThan(0);
    expect(textOf(byClass(node, 'badge')[0] as HtmlNode)).toBe('Accepted');
    expect(byClass(node, 'owner').map(textOf)).toEqual(['Ada Example']);
    expect(textOf(byClass(node, 'legend')[0] as HtmlNode)).toBe('* Equal contribution† Corresponding author');
  });

  it('uses <time datetime> for dates and lists for highlights and keywords', () => {
    const times = elements(page, 'time').map((node) => attr(node, 'datetime'));
    expect(times).toEqual(expect.arrayContaining(['2019-03', '2020-04-15', '2018-05-01', '2022-11']));
    expect(elements(section('work'), 'ul').some((list) => attr(list, 'class') === 'highlights')).toBe(true);
    expect(byClass(section('skills'), 'keywords')[0]?.tagName).toBe('ul');
  });
});
