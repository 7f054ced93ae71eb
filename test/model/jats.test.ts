// Abstracts in the JATS XML of Crossref and publishers, as tools that fill a resume from them copy
// them (carlosdenner-academic-cv.json has 19, some without the `jats:` prefix), and prose written as
// HTML paragraphs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jatsToHtml } from '../../src/model/jats';
import { parseInlineMarkdown, plainText } from '../../src/model/markdown';
import { render } from '../helpers/untypedRender';
import { byClass, parseHtml, textOf } from '../helpers/html';
import { ROOT } from '../helpers/paths';

describe('abstracts written in JATS XML or HTML paragraphs', () => {
  it('shows paragraphs as lines, section titles in bold, and inline formatting', () => {
    const structured = `<jats:sec>
            <jats:title>Background</jats:title>
            <jats:p>Children with <jats:italic>disabilities</jats:italic> face H<jats:sub>2</jats:sub>O.</jats:p>
          </jats:sec>
          <jats:sec>
            <jats:title>Methods</jats:title>
            <jats:p>We searched <jats:bold>MEDLINE</jats:bold> &amp; PsycINFO.</jats:p>
          </jats:sec>`;
    expect(jatsToHtml(structured)).toBe(
      '<b>Background</b><br>Children with <i>disabilities</i> face H<sub>2</sub>O.<br><b>Methods</b><br>We searched <b>MEDLINE</b> &amp; PsycINFO.',
    );
    expect(parseInlineMarkdown(structured)).toEqual([
      { kind: 'b', children: [{ kind: 'text', text: 'Background' }] },
      { kind: 'break' },
      { kind: 'text', text: 'Children with ' },
      { kind: 'i', children: [{ kind: 'text', text: 'disabilities' }] },
      { kind: 'text', text: ' face H' },
      { kind: 'sub', children: [{ kind: 'text', text: '2' }] },
      { kind: 'text', text: 'O.' },
      { kind: 'break' },
      { kind: 'b', children: [{ kind: 'text', text: 'Methods' }] },
      { kind: 'break' },
      { kind: 'text', text: 'We searched ' },
      { kind: 'b', children: [{ kind: 'text', text: 'MEDLINE' }] },
      { kind: 'text', text: ' & PsycINFO.' },
    ]);
  });

  it('leaves out the elements it does not show, keeping their text, and an empty abstract is empty', () => {
    expect(plainText(parseInlineMarkdown('<jats:p>One <jats:named-content content-type="x">term</jats:named-content>.</jats:p>'))).toBe(
      'One term.',
    );
    expect(plainText(parseInlineMarkdown('<jats:p>First.</jats:p> <jats:p/> <jats:p>Second.</jats:p>'))).toBe('First. Second.');
    expect(parseInlineMarkdown('<jats:p/>')).toEqual([]);
    // A line break in the XML is a space, as in a browser; only the elements make lines.
    expect(parseInlineMarkdown('<jats:p>One\n      two</jats:p>')).toEqual([{ kind: 'text', text: 'One two' }]);
  });

  it('links a web address, and keeps the text of any other link or unsafe address', () => {
    const link = (attributes: string) =>
      parseInlineMarkdown(`<jats:p>See <jats:ext-link ${attributes}>the <jats:italic>registry</jats:italic></jats:ext-link>.</jats:p>`);
    expect(link('ext-link-type="uri" xlink:href="https://example.org/t?a=1&amp;b=2"')).toEqual([
      { kind: 'text', text: 'See ' },
      {
        kind: 'link',
        href: 'https://example.org/t?a=1&b=2',
        children: [
          { kind: 'text', text: 'the ' },
          { kind: 'i', children: [{ kind: 'text', text: 'registry' }] },
        ],
      },
      { kind: 'text', text: '.' },
    ]);
    const asText = [
      { kind: 'text', text: 'See the ' },
      { kind: 'i', children: [{ kind: 'text', text: 'registry' }] },
      { kind: 'text', text: '.' },
    ];
    expect(link('ext-link-type="clintrialreg" xlink:href="NCT01234567"')).toEqual(asText);
    expect(link('xlink:href="javascript:alert(1)"')).toEqual(asText);
    expect(link('ext-link-type="uri"')).toEqual(asText);
    expect(jatsToHtml('<jats:ext-link xlink:href="https://a.org"/> and <jats:ext-link xlink:href="x">y</jats:ext-link>')).toBe('and y');
  });

  it('reads JATS without its prefix, and HTML paragraphs, keeping the HTML tags the page shows', () => {
    expect(parseInlineMarkdown('<sec><title>BACKGROUND</title><p>Use (r<sub>s</sub>).</p></sec>')).toEqual([
      { kind: 'b', children: [{ kind: 'text', text: 'BACKGROUND' }] },
      { kind: 'break' },
      { kind: 'text', text: 'Use (r' },
      { kind: 'sub', children: [{ kind: 'text', text: 's' }] },
      { kind: 'text', text: ').' },
    ]);
    expect(parseInlineMarkdown('<p>First <a href="https://x.org">x</a>.</p>\n<p>Second <i>it</i> <img src="a.png"></p>')).toEqual([
      { kind: 'text', text: 'First ' },
      { kind: 'link', href: 'https://x.org', children: [{ kind: 'text', text: 'x' }] },
      { kind: 'text', text: '.' },
      { kind: 'break' },
      { kind: 'text', text: 'Second ' },
      { kind: 'i', children: [{ kind: 'text', text: 'it' }] },
      { kind: 'text', text: ' ' },
      { kind: 'text', text: '<img src="a.png">' },
    ]);
  });

  it('leaves text without JATS as it was', () => {
    expect(parseInlineMarkdown('Line one\nline <i>two</i>')).toEqual([
      { kind: 'text', text: 'Line one' },
      { kind: 'break' },
      { kind: 'text', text: 'line ' },
      { kind: 'i', children: [{ kind: 'text', text: 'two' }] },
    ]);
  });

  it('shows no JATS tag on the page of a real CV that has them (carlosdenner-academic-cv.json)', () => {
    const resume: unknown = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/real-resumes/carlosdenner-academic-cv.json'), 'utf8'));
    expect(JSON.stringify(resume).match(/<jats:/g)?.length).toBeGreaterThan(50);
    const page = parseHtml(render(resume));
    const abstracts = byClass(page, 'abstract').map(textOf);
    expect(abstracts.length).toBeGreaterThanOrEqual(19);
    // One abstract's own text writes `&lt;sub&gt;`: that is shown as it is.
    expect(abstracts.join(' ')).not.toMatch(/jats|<\/?(?:p|sec|title)\b/);
    expect(abstracts.some((text) => text.includes('BackgroundChildren with disabilities face numerous challenges'))).toBe(true);
  });
});
