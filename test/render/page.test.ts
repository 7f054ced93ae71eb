// The page contract: one self-contained document with the structure hosts and readers expect.
import officialSample from '@jsonresume/schema/sample.resume.json';
import sampleCv from '../../sample-resume.json';
import { render } from '../helpers/untypedRender';
import { attr, elements, parseHtml, textOf } from '../helpers/html';

const FORBIDDEN_WORDS = /\bundefined\b|\bNaN\b|\[object Object\]/;

describe.each([
  ['the research CV', sampleCv, 'Tianhao Wu'],
  ['the official sample', officialSample, 'Richard Hendriks'],
  ['an empty resume', {}, 'Curriculum Vitae'],
])('the page for %s', (_name, resume, title) => {
  const html = render(resume);
  const page = parseHtml(html);

  it('is a complete HTML document', () => {
    expect(html.startsWith('<!doctype html><html lang="en"')).toBe(true);
    expect(elements(page, 'meta').some((meta) => attr(meta, 'charset') === 'utf-8')).toBe(true);
    expect(elements(page, 'meta').some((meta) => attr(meta, 'name') === 'viewport')).toBe(true);
    expect(textOf(elements(page, 'title')[0]!)).toBe(title);
  });

  it('has exactly one h1, the name, and one h2 per section', () => {
    expect(elements(page, 'h1').map(textOf)).toEqual([title]);
    const sections = elements(page, 'section');
    expect(elements(page, 'h2')).toHaveLength(sections.length);
    for (const section of sections) expect(elements(section, 'h2')).toHaveLength(1);
  });

  it('is self-contained: one inline style, no script but the JSON-LD data, no external stylesheet, font or frame', () => {
    expect(elements(page, 'style')).toHaveLength(1);
    const scripts = elements(page, 'script');
    expect(scripts.map((script) => script.attrs)).toEqual(
      title === 'Curriculum Vitae' ? [] : [[{ name: 'type', value: 'application/ld+json' }]],
    );
    expect(elements(page, 'link')).toHaveLength(0);
    expect(elements(page, 'iframe')).toHaveLength(0);
    const css = textOf({ nodeName: 'x', childNodes: elements(page, 'style')[0]!.childNodes });
    expect(css).not.toMatch(/@import|@font-face|url\(/);
  });

  it('never shows undefined, NaN or [object Object]', () => {
    expect(html).not.toMatch(FORBIDDEN_WORDS);
  });

  it('is the same every time', () => {
    expect(render(resume)).toBe(html);
  });
});

describe('render', () => {
  it('is synchronous and returns a string for any input', () => {
    for (const input of [undefined, null, 42, 'resume', [], { basics: [] }, { publications: [{ authors: {} }] }]) {
      const result = render(input);
      expect(typeof result).toBe('string');
      expect(result).not.toMatch(FORBIDDEN_WORDS);
    }
  });

  it('renders the sample CV with the owner bold in every paper and markdown as elements', () => {
    const page = parseHtml(render(sampleCv));
    const papers = elements(page, 'section').find((node) => attr(node, 'id') === 'publications')!;
    const entries = elements(papers, 'li').filter((node) => attr(node, 'class') === 'entry');
    expect(entries).toHaveLength(sampleCv.publications.length);
    for (const entry of entries) {
      const owners = elements(entry, 'strong').filter((node) => attr(node, 'class') === 'owner');
      expect(owners.map(textOf)).toEqual(['Tianhao Wu']);
    }
    expect(elements(papers, 'em').map(textOf)).toContain('all instruction-following tasks');
    expect(elements(papers, 'strong').map(textOf)).toContain('29.1%');
  });
});
