// Titles with the formatting tags scientists write (carlosdenner-academic-cv.json: "First Report of
// <i>Ralstonia syzygii</i> …"): formatted on the page and in BibTeX, plain text for machines.
import { render } from '../helpers/untypedRender';
import { byClass, elements, parseHtml, textOf } from '../helpers/html';
import { linkedDataOf } from '../helpers/hostile/linkedData';
import { citationKeys, formatEntry, recordFromJson, type BibRecord } from '../../src/bibtex/write';

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

  it('is plain text in the JSON-LD', () => {
    const articles = (linkedDataOf(html)?.['@graph'] ?? []).slice(1) as { name?: string }[];
    expect(articles.map((article) => article.name)).toEqual(['First Report of Ralstonia syzygii in H2O-rich soils', 'Growth of E. coli']);
  });

  it('is written with LaTeX commands in BibTeX, and keyed by its text', () => {
    const record = recordFromJson(paper);
    expect(record && formatEntry(record, 'denner2025')).toContain(
      'title = {First Report of \\textit{Ralstonia syzygii} in H\\textsubscript{2}O-rich soils}',
    );
    const bibtex = byClass(parseHtml(render(resume, { bibtex: true })), 'bibtex').map(textOf);
    expect(bibtex[1]).toContain('title = {Growth of \\emph{E. coli}}');
    expect(citationKeys([{ ...(record as BibRecord), title: '<i>Ralstonia</i> report', date: '2025' }])).toEqual(['anon2025ralstonia']);
  });
});

// Wiley's small capitals, which Crossref, Semantic Scholar and OpenAlex keep in titles and abstracts.
describe('small-capital tags in a title or an abstract', () => {
  const smallCaps = {
    name: 'Practical guide to <scp>SHAP</scp> analysis of <i>E. coli</i>',
    venue: 'Clinical and Translational Science',
    releaseDate: '2024',
    abstract: 'In <scp>A</scp>lzheimer’s disease, <SCP>RNA</SCP> levels fall.',
  };
  const html = render({ basics: { name: 'C. Denner' }, publications: [smallCaps] }, { abstracts: 'show' });

  it('shows the text without the tags, on the page, in the JSON-LD and in BibTeX', () => {
    const page = parseHtml(html);
    expect(byClass(page, 'entry-title').map(textOf)).toEqual(['Practical guide to SHAP analysis of E. coli']);
    expect(html).toContain('Practical guide to SHAP analysis of <i>E. coli</i>');
    expect(byClass(page, 'abstract').map(textOf).join(' ')).toContain('In Alzheimer’s disease, RNA levels fall.');
    expect(html).not.toMatch(/scp/i);
    const articles = (linkedDataOf(html)?.['@graph'] ?? []).slice(1) as { name?: string }[];
    expect(articles.map((article) => article.name)).toEqual(['Practical guide to SHAP analysis of E. coli']);
    const record = recordFromJson(smallCaps);
    const entry = record ? formatEntry(record, 'denner2024') : '';
    expect(entry).toContain('title = {Practical guide to {SHAP} analysis of \\textit{E. coli}}');
    expect(entry).toContain('abstract = {In Alzheimer’s disease, RNA levels fall.}');
  });
});
