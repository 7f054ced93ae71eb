// Property: the page's JSON-LD is data whatever the resume holds. Its text never ends the script
// element or opens a comment (page.ts checks every page for that), it parses, and it holds only the
// resume's own strings, schema.org vocabulary and http(s) addresses, unchanged by the escaping.
import fc from 'fast-check';
import { render } from '../helpers/untypedRender';
import { byClass, elements, parseHtml, textOf, type HtmlNode } from '../helpers/html';
import { hostileOptions, hostileResume, validResume } from '../helpers/hostile/arbitraries';
import { foreignValues, linkedDataOf } from '../helpers/hostile/linkedData';
import { runs } from '../helpers/hostile/settings';
import { withoutTitleTags } from '../../src/model/titleTags';

function strOf(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

describe('the JSON-LD of generated resumes', () => {
  it('parses and holds only the resume strings, for hostile resumes and options', () => {
    fc.assert(
      fc.property(hostileResume, hostileOptions, (resume, options) => {
        const data = linkedDataOf(render(resume, options as never));
        if (data === undefined) return;
        expect(data['@context']).toBe('https://schema.org');
        expect(foreignValues(data, resume)).toEqual([]);
      }),
      runs(500),
    );
  });

  it('has the person shown in the header and every titled paper, in order, with the values written', () => {
    fc.assert(
      fc.property(validResume, (resume) => {
        const html = render(resume);
        const graph = linkedDataOf(html)?.['@graph'] ?? [];
        const page = parseHtml(html);
        const heading = elements(page, 'h1')[0] as HtmlNode;
        const shownName = textOf(heading);
        const shownNative = byClass(heading, 'cv-native-name').map(textOf)[0];
        const shownLabel = byClass(page, 'cv-label').map(textOf)[0];
        const person = graph.find((node) => node['@type'] === 'Person');
        // The name in the header (and after it the name in another script, the alternateName),
        // unless the header shows the fallback title for want of one.
        if (person) {
          expect([person.name, person.alternateName, person.jobTitle]).toEqual([
            shownNative === undefined ? shownName : shownName.slice(0, -shownNative.length - 1),
            shownNative,
            shownLabel,
          ]);
        } else expect(shownName).toBe('Curriculum Vitae');
        const papers = (Array.isArray(resume.publications) ? resume.publications : []) as Record<string, unknown>[];
        // Plain text: a title's formatting tags are left out.
        const titled = papers.map((paper) => withoutTitleTags(strOf(paper.name))).filter(Boolean);
        expect(graph.filter((node) => node['@type'] === 'ScholarlyArticle').map((node) => node.name)).toEqual(titled);
        expect(foreignValues(graph, resume)).toEqual([]);
      }),
      runs(300),
    );
  });
});
