// The theme writes its pages with src/html.ts instead of preact-render-to-string, for speed. It must
// give the same bytes, and must cover everything the theme's own components produce.
import fc from 'fast-check';
import { Component, Fragment, h, type ComponentChild } from 'preact';
import { renderToString } from 'preact-render-to-string';
import officialSample from '@jsonresume/schema/sample.resume.json';
import sampleCv from '../../sample-resume.json';
import { Document } from '../../src/Document';
import { renderHtml, Unsupported, writeHtml } from '../../src/html';
import { toView } from '../../src/model/toView';
import { render } from '../../index';

const page = (resume: unknown, options?: unknown) => h(Document, { view: toView(resume, options) });

describe('writeHtml on the theme pages', () => {
  it.each([
    ['the research CV', sampleCv],
    ['the official sample', officialSample],
    ['an empty resume', {}],
  ])('writes %s byte for byte as preact-render-to-string, without falling back', (_name, resume) => {
    const tree = page(resume);
    expect(writeHtml(tree)).toBe(renderToString(tree));
    expect(render(resume)).toBe(`<!doctype html>${renderToString(tree)}`);
  });

  const text = fc.oneof(
    fc.string(),
    fc.constantFrom('<script>x</script>', '"quoted" & <b>', '**bold** *em* `code` [link](https://a.b/"q")', '&amp; &lt;', 'a\nb', '–·†*', 'javascript:alert(1)'),
  );
  const value = fc.oneof(text, fc.integer(), fc.constant(null), fc.boolean(), fc.array(text, { maxLength: 3 }));
  const entry = fc.dictionary(
    fc.constantFrom('name', 'position', 'title', 'url', 'summary', 'highlights', 'authors', 'venue', 'status', 'startDate', 'endDate', 'releaseDate', 'keywords', 'links', 'doi', 'arxiv', 'institution', 'area', 'studyType', 'courses', 'score', 'level', 'language', 'fluency', 'reference'),
    value,
  );
  const resume = fc.record(
    {
      basics: fc.dictionary(fc.constantFrom('name', 'label', 'email', 'phone', 'url', 'summary', 'image'), value),
      work: fc.array(entry, { maxLength: 4 }),
      publications: fc.array(entry, { maxLength: 6 }),
      education: fc.array(entry, { maxLength: 3 }),
      skills: fc.array(entry, { maxLength: 3 }),
      projects: fc.array(entry, { maxLength: 3 }),
      references: fc.array(entry, { maxLength: 2 }),
      meta: fc.record({ themeOptions: fc.dictionary(fc.constantFrom('locale', 'accentColor', 'groupPublications', 'paper'), text) }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  );

  it('writes generated resumes byte for byte as preact-render-to-string', () => {
    fc.assert(
      fc.property(resume, (input) => {
        const tree = page(input);
        expect(writeHtml(tree)).toBe(renderToString(tree));
      }),
      { seed: 6, numRuns: 400 },
    );
  });

  it('writes a page longer than its 16 kB chunks in one piece', () => {
    const publications = Array.from({ length: 300 }, (_, index) => ({ name: `Paper ${index} & <more>`, authors: ['A. B', 'C "D"'] }));
    const tree = page({ basics: { name: 'A B' }, publications });
    const html = writeHtml(tree);
    expect(html.length).toBeGreaterThan(50000);
    expect(html).toBe(renderToString(tree));
  });
});

describe('writeHtml on elements and attributes', () => {
  const same = (node: ComponentChild) => expect(writeHtml(node)).toBe(renderToString(node as never));

  it('escapes text and attribute values as the library does', () => {
    same(<p title={'a"b&c<d>e'}>{'x<y & "z" > w'}</p>);
    same(<p>{0}{1.5}{''}{null}{false}{true}{undefined}</p>);
  });

  it('follows the library on attribute names and values', () => {
    same(<label className="a" htmlFor="b" />);
    same(<label class="a" className="b" for="c" htmlFor="d" />);
    same(<time dateTime="2024" tabIndex={0} />);
    same(<div aria-hidden={false} data-x={1} hidden id="" title={null as never} lang={undefined} onClick={() => undefined} />);
    same(<input disabled={false} readOnly />);
  });

  it('closes empty void elements itself, and writes raw HTML only when asked', () => {
    same(<div><br /><meta charset="utf-8" /><img src="a.png" alt="" /></div>);
    same(<style dangerouslySetInnerHTML={{ __html: 'a>b{c:"d"}' }} />);
    same(<div dangerouslySetInnerHTML={{ __html: '' }}>{'fallback'}</div>);
  });

  it('flattens fragments, arrays and function components', () => {
    const Item = ({ label }: { label: string }) => <li>{label}</li>;
    const List = ({ items }: { items: string[] }) => <ul>{items.map((item) => <Item key={item} label={item} />)}</ul>;
    same(<><List items={['a', 'b']} />{[[<b>x</b>], 'y']}<Fragment>{'z'}</Fragment></>);
  });

  it('leaves what it does not support to preact-render-to-string, with the same result', () => {
    class Classy extends Component {
      override render() {
        return <p>class</p>;
      }
    }
    const unsupported: ComponentChild[] = [
      <Classy />,
      <p style={{ marginTop: 2, color: 'red' }}>styled</p>,
      <textarea value="a & b" />,
      <svg viewBox="0 0 1 1"><path strokeWidth={1} /></svg>,
    ];
    for (const node of unsupported) {
      expect(() => writeHtml(node)).toThrow(Unsupported);
      expect(renderHtml(node as never)).toBe(renderToString(node as never));
    }
  });

  it('rethrows an error raised by a component', () => {
    const Broken = (): never => {
      throw new Error('broken component');
    };
    expect(() => renderHtml(<Broken />)).toThrow('broken component');
  });
});
