// al-folio's papers.bib fields: links, the short venue, selected, awards, abstract, preview.
import { join } from 'node:path';
import { FIXTURES, runCli } from '../helpers/cli';

const ALFOLIO = join(FIXTURES, 'bibtex/alfolio.bib');

type Publication = Record<string, unknown>;

let publications: Publication[];
let report: string[];

beforeAll(async () => {
  const { code, stdout, stderr } = await runCli(['import-bibtex', ALFOLIO]);
  expect(code).toBe(0);
  publications = JSON.parse(stdout) as Publication[];
  report = stderr.trim().split('\n');
});

describe('import-bibtex on an al-folio papers.bib', () => {
  it('skips the front matter and reads the entries, keeping author marks', () => {
    expect(publications.map((publication) => publication.name)).toEqual([
      'Thinking LLMs: General Instruction Following with Thought Generation',
      'Starling: Harmless Helpfulness',
    ]);
    expect(publications[0]?.authors).toEqual(['Tianhao Wu*', 'Janice Lan*', 'Jason Weston']);
  });

  it("turns the link fields into links with al-folio's labels, in its order", () => {
    expect(publications[0]?.links).toEqual([
      { label: 'HTML', url: 'https://proceedings.example.org/thinking' },
      { label: 'PDF', url: 'thinking.pdf' },
      { label: 'Supp', url: 'https://example.org/thinking-supp.pdf' },
      { label: 'Blog', url: 'https://example.org/blog/thinking' },
      { label: 'Code', url: 'https://github.com/example/thinking_llms' },
      { label: 'Poster', url: 'thinking-poster.pdf' },
      { label: 'Slides', url: 'https://example.org/slides/thinking.pdf' },
      { label: 'Video', url: 'https://www.youtube-nocookie.com/embed/abc123' },
      { label: 'Website', url: 'https://example.org/thinking' },
    ]);
    expect(publications[0]?.arxiv).toBe('2410.10630');
  });

  it('keeps relative al-folio paths as relative links, with a warning each', () => {
    expect(publications[1]?.links).toEqual([{ label: 'PDF', url: '/assets/pdf/starling.pdf' }]);
    expect(report).toContain(
      `${ALFOLIO}:6: warning: wu2024thinking: pdf = {thinking.pdf} is a path on the al-folio site (al-folio serves it from assets/pdf/): kept as the relative link "thinking.pdf"`,
    );
    expect(report).toContain(
      `${ALFOLIO}:6: warning: wu2024thinking: poster = {thinking-poster.pdf} is a path on the al-folio site (al-folio serves it from assets/pdf/): kept as the relative link "thinking-poster.pdf"`,
    );
    expect(report.filter((line) => line.includes('is a path on the al-folio site'))).toHaveLength(3);
  });

  it('takes abbr as the venue and keeps the full name beside it', () => {
    expect(publications[0]).toMatchObject({
      venue: 'NeurIPS 2022',
      venueFull: 'Advances in Neural Information Processing Systems',
      type: 'conference',
    });
    expect(publications[1]).toMatchObject({
      venue: 'JMLR',
      venueFull: 'Journal of Machine Learning Research',
      publisher: 'American Physical Society',
    });
  });

  it('reads selected, the award (award_name as the badge, award as a highlight) and the abstract', () => {
    expect(publications[0]).toMatchObject({
      selected: true,
      award: 'Oral',
      highlights: ['Top 1% of submissions, presented as an **oral**'],
      abstract: 'We train models to think before answering; gains on 50% of tasks.',
    });
    expect(publications[1]?.selected).toBeUndefined();
    expect(publications[1]?.award).toBe('Best Paper');
  });

  it("ignores preview with a note, and al-folio's display fields without one", () => {
    expect(report).toContain(`${ALFOLIO}:6: note: wu2024thinking: preview = {thinking.png} ignored: the CV shows no preview images`);
    expect(report.join('\n')).not.toMatch(/altmetric|google_scholar_id|bibtex_show/);
    expect(JSON.stringify(publications)).not.toMatch(/thinking\.png|248277/);
  });
});
