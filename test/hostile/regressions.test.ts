// Inputs the property tests found, and shapes they do not generate (values nested thousands of
// levels deep), kept as fixed examples with the behaviour they now have.
import { render } from '../helpers/untypedRender';
import { validate } from '../../index';
import { allowedMarkup } from '../helpers/hostile/allowed';
import { lostLeaves } from '../helpers/hostile/leaves';
import { pageProblems, parsePage } from '../helpers/hostile/page';

const allowed = allowedMarkup();

function page(resume: unknown) {
  const html = render(resume);
  return { html, problems: pageProblems(html, allowed, { parseErrors: true }), document: parsePage(html).document };
}

describe('found by the property tests', () => {
  it.each([
    ['a skill with only a level', { skills: [{ level: 'Expert' }] }],
    ['an award with only a date', { awards: [{ date: '2020-05' }] }],
    ['a certificate with only a URL', { certificates: [{ url: 'https://cert.example.org' }] }],
    ['an education entry with only a score', { education: [{ score: '3.9' }] }],
    ['an education entry with only an end date', { education: [{ endDate: '2020' }] }],
    ['a publication with only a URL', { publications: [{ url: 'https://paper.example.org' }] }],
    ['a publication with only a status', { publications: [{ status: 'Under Review' }] }],
    ['a publication with only a DOI', { publications: [{ doi: '10.1234/abc' }] }],
  ])('%s is shown, not dropped', (_name, resume) => {
    const { problems, document } = page(resume);
    expect(problems).toEqual([]);
    expect(lostLeaves(resume, document)).toEqual([]);
  });

  it.each([
    ['an empty markdown link', '[](https://example.org/x)'],
    ['a markdown link of spaces', '[  ](https://example.org/x)'],
    ['an empty link to a relative URL', '[](*)'],
  ])('%s gets its address as its text', (_name, highlight) => {
    const { problems, html } = page({ publications: [{ name: 'P', highlights: [highlight] }] });
    expect(problems).toEqual([]);
    expect(html).toMatch(/<a href="([^"]+)">\1<\/a>/);
  });
});

describe('identifiers with half an emoji', () => {
  // encodeURI throws on a lone surrogate: the identifier's link writes U+FFFD in its place.
  it.each([
    ['a DOI', { publications: [{ name: 'P', doi: '10.1000/x\ud83d' }] }, 'https://doi.org/10.1000/x%EF%BF%BD'],
    ['an arXiv id', { publications: [{ name: 'P', arxiv: '\udc002101.00001' }] }, 'https://arxiv.org/abs/%EF%BF%BD2101.00001'],
    ['a software DOI', { software: [{ name: 'S', doi: '10.5281/\ud800zenodo' }] }, 'https://doi.org/10.5281/%EF%BF%BDzenodo'],
  ])('%s is linked', (_name, resume, href) => {
    const { problems, html } = page(resume);
    expect(problems).toEqual([]);
    expect(html).toContain(`href="${href}"`);
  });

  it('a whole emoji stays encoded as itself', () => {
    expect(page({ publications: [{ name: 'P', doi: '10.1000/😀' }] }).html).toContain('href="https://doi.org/10.1000/%F0%9F%98%80"');
  });
});

describe('dates that do not exist', () => {
  it.each(['2023-02-29', '1900-02-29', '2021-04-31'])('%s is shown as written, without a <time>', (date) => {
    const resume = { awards: [{ title: 'A', date }] };
    const { problems, html } = page(resume);
    expect(problems).toEqual([]);
    expect(html).not.toContain('<time');
    expect(html).toContain(`>${date}<`);
  });

  it('2024-02-29 is a leap day', () => {
    expect(page({ awards: [{ title: 'A', date: '2024-02-29' }] }).html).toContain('<time datetime="2024-02-29"');
  });
});

describe('values nested far deeper than resumes nest', () => {
  // JSON.parse reads thousands of levels; a walk that follows them all would overflow the stack.
  const DEPTH = 20000;
  function nested(wrap: (inner: unknown) => unknown, leaf: unknown): unknown {
    let value = leaf;
    for (let level = 0; level < DEPTH; level++) value = wrap(value);
    return value;
  }

  it.each([
    ['a highlight of lists in lists', () => ({ work: [{ name: 'W', highlights: ['shown', nested((v) => [v], 'deep')] }] })],
    ['positions within positions', () => ({ work: [{ name: 'W', positions: nested((v) => [{ title: 'Role', positions: v }], []) }] })],
    [
      'a section of its own whose entries hold entries',
      () => ({ internships: [nested((v) => ({ title: 'T', entries: [v] }), { title: 'Last' })] }),
    ],
    [
      'a field of a section of its own holding objects in objects',
      () => ({ internships: [{ title: 'T', details: nested((v) => ({ more: v }), 'deep') }] }),
    ],
    ['a summary written as objects in objects', () => ({ basics: { name: 'N', summary: nested((v) => ({ text: v }), 'deep') } })],
    ['theme options in objects', () => ({ basics: { name: 'N' }, meta: { themeOptions: nested((v) => ({ x: v }), {}) } })],
  ])('%s: rendered and validated', (_name, resume) => {
    const { problems, html } = page(resume());
    expect(problems).toEqual([]);
    expect(html).toContain('</html>');
    expect(Array.isArray(validate(resume()))).toBe(true);
  });

  it('validate() says of a deep value what it says of a shallow one', () => {
    const withHighlight = (highlight: unknown) => ({ work: [{ name: 'W', highlights: ['shown', highlight] }] });
    let shallow: unknown = 'deep';
    for (let level = 0; level < 3; level++) shallow = [shallow];
    const problems = validate(withHighlight(nested((v) => [v], 'deep')));
    expect(problems).toContainEqual(expect.objectContaining({ path: '/work/0/highlights/1', severity: 'error' }));
    expect(problems).toEqual(validate(withHighlight(shallow)));
  });
});
