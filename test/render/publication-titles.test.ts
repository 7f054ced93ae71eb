// Titles with the formatting tags scientists write (carlosdenner-academic-cv.json: "First Report of
// <i>Ralstonia syzygii</i> …"): formatted on the page, plain text for machines and for BibTeX.
import { render } from '../helpers/untypedRender';
import { byClass, elements, parseHtml, textOf } from '../helpers/html';
import { linkedDataOf } from '../helpers/hostile/linkedData';
import { formatEntry, recordFromJson } from '../../src/bibtex/write';

const paper = {
  name: 'First Report of <i>Ralstonia syzygii</i> in H<sub>2</sub>O-rich soils',
  venue: 'Plant Disease',
  url: 'https://doi.org/10.1094/pdis-10-24-2229-pdn',
  releaseDate: '2025',
};
const resume = { basics: { name: 'C. Denner' }, publications: [paper, { ...paper, url: undefined, name: 'Growth of <em>E. coli</em>' }] };

describe('a publication title with formatting tags', () => {
  const html = render(resume);
  const titles = byClass(parseHtml(html), 'entry-title');

  it('is shown formatted, inside its link, and read as its text', () => {
    expect(html).toContain(
      '<a href="https://doi.org/10.1094/pdis-10-24-2229-pdn" dir="auto">First Report of <i>Ralstonia syzygii</i> in H<sub>2</sub>O-rich soils</a>',
    );
    expect(titles.map(textOf)).toEqual(['First Report of Ralstonia syzygii in H2O-rich soils', 'Growth of E. coli']);
    expect(elements(titles[1] ?? { nodeName: '#text' }, 'em').map(textOf)).toEqual(['E. coli']);
  });

  it('is plain text in the JSON-LD and in BibTeX', () => {
    const articles = (linkedDataOf(html)?.['@graph'] ?? []).slice(1) as { name?: string }[];
    expect(articles.map((article) => article.name)).toEqual(['First Report of Ralstonia syzygii in H2O-rich soils', 'Growth of E. coli']);
    const record = recordFromJson(paper);
    expect(record?.title).toBe('First Report of Ralstonia syzygii in H2O-rich soils');
    expect(record && formatEntry(record, 'denner2025')).toContain('title = {First Report of Ralstonia syzygii in {H2O-rich} soils}');
  });
});
