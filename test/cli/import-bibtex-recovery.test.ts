// .bib files as people write them: slips are mended or reported per entry, never fatal.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, runCli, tempDir } from '../helpers/cli';

const SLIPS = join(FIXTURES, 'bibtex/slips.bib');

type Publication = Record<string, unknown>;

async function importFile(file: string): Promise<{ publications: Publication[]; report: string[] }> {
  const { code, stdout, stderr } = await runCli(['import-bibtex', file]);
  expect(code).toBe(0);
  return { publications: JSON.parse(stdout) as Publication[], report: stderr.trim().split('\n') };
}

async function importText(bib: string): Promise<{ publications: Publication[]; report: string[]; file: string }> {
  const file = join(tempDir(), 'refs.bib');
  writeFileSync(file, bib);
  return { ...(await importFile(file)), file };
}

function titled(publications: Publication[], name: string): Publication {
  const found = publications.find((publication) => publication.name === name);
  if (!found) throw new Error(`no publication titled "${name}"`);
  return found;
}

describe('import-bibtex on a file with one slip per entry', () => {
  let publications: Publication[];
  let report: string[];
  beforeAll(async () => {
    ({ publications, report } = await importFile(SLIPS));
  });

  it('imports every entry and exits 0', () => {
    expect(publications.map((publication) => publication.name)).toEqual([
      'A Paper Without Slips',
      'Missing Comma',
      'Funding',
      'Comma Separated Authors',
      'A mytool Study by me',
      'Springer Chapter',
      'Publisher Page Given as DOI',
      'Unclosed Brace',
      'Read After the Broken One',
    ]);
  });

  it('reports each slip as file:line: severity: key: what was wrong and what was read', () => {
    expect(report).toEqual([
      `${SLIPS}:11: warning: nocomma2021: missing comma before "author": read as if it were there`,
      `${SLIPS}:19: warning: dollar2022: a lone "$" (an unclosed math formula): read as a dollar sign`,
      `${SLIPS}:24: warning: commas2023: authors separated by commas: read as 3 authors (BibTeX separates authors with "and")`,
      `${SLIPS}:31: warning: macros2024: unknown LaTeX command \\mytool: kept as "mytool"`,
      `${SLIPS}:31: warning: macros2024: unknown LaTeX command \\me: kept as "me"`,
      `${SLIPS}:31: warning: macros2024: unknown LaTeX command \\newjournal: kept as "newjournal"`,
      `${SLIPS}:47: warning: urldoi2018: doi = {https://www.sciencedirect.com/science/article/pii/S1040619020301755} is a web address, not a DOI: moved to the links`,
      `${SLIPS}:56: warning: unclosed2017: "title" has no closing brace: read as if it ended with its line`,
      `${SLIPS}:61: warning: after2016: undefined @string "myjournal": kept as its name`,
      `${SLIPS}: 9 problems in 7 entries; the rest was read as written`,
      `${SLIPS}: 9 publications (added 9, updated 0, unchanged 0)`,
    ]);
  });

  it('reads the fields after a missing comma, after a lone "$" and after a missing closing brace', () => {
    expect(titled(publications, 'Missing Comma')).toMatchObject({
      authors: ['Jane Doe', 'Richard Roe'],
      venue: 'MNRAS',
      releaseDate: '2021',
    });
    expect(titled(publications, 'Funding')).toMatchObject({ authors: ['Jane Doe'], venue: 'Grant', releaseDate: '2022' });
    expect(titled(publications, 'Unclosed Brace')).toMatchObject({ authors: ['Jane Doe'], releaseDate: '2017' });
  });

  it('splits authors separated by commas', () => {
    expect(titled(publications, 'Comma Separated Authors').authors).toEqual(['Jane Doe', 'Richard Roe', 'Ann Lee']);
  });

  it('expands AAS journal macros to their abbreviations, and keeps other commands and @strings as their names', () => {
    expect(titled(publications, 'A Paper Without Slips').venue).toBe('ApJ');
    expect(titled(publications, 'Comma Separated Authors').venue).toBe('A&A');
    expect(titled(publications, 'A mytool Study by me')).toMatchObject({ authors: ['me', 'Richard Roe'], venue: 'newjournal' });
    expect(titled(publications, 'Read After the Broken One').venue).toBe('myjournal');
  });

  it('unescapes DOIs and URLs, and moves a web address given as DOI to the links', () => {
    expect(titled(publications, 'Springer Chapter')).toMatchObject({
      doi: '10.1007/978-3-030-21485-2_18',
      url: 'https://doi.org/10.1007/978-3-030-21485-2_18',
    });
    const urlInDoi = titled(publications, 'Publisher Page Given as DOI');
    expect(urlInDoi.doi).toBeUndefined();
    expect(urlInDoi.links).toEqual([
      { label: 'sciencedirect.com', url: 'https://www.sciencedirect.com/science/article/pii/S1040619020301755' },
    ]);
  });
});

describe('import-bibtex on other slips', () => {
  it("reads AAS journal names used as @strings, and a file's own @string wins", async () => {
    const { publications } = await importText(
      '@string{apj = "The Astrophysical Journal"}\n@article{a, title={A}, journal=apj}\n@article{b, title={B}, journal=mnras # " Letters"}\n',
    );
    expect(publications.map((publication) => publication.venue)).toEqual(['The Astrophysical Journal', 'MNRAS Letters']);
  });

  it('keeps a private macro in an author list as a name of its own and says so', async () => {
    const { publications, report, file } = await importText(
      '@article{a, title={T}, author={\\myname and Roe, Richard and \\textbf{Doe, Jane}}}\n',
    );
    expect(publications[0]?.authors).toEqual(['myname', 'Richard Roe', 'Jane Doe']);
    expect(report[0]).toBe(`${file}:1: warning: a: unknown LaTeX command \\myname: kept as "myname"`);
  });

  it('drops an unknown command written with an argument and keeps the argument', async () => {
    const { publications, report, file } = await importText('@techreport{uml, title={UML}, author={\\caps{omg}}, year=2001}\n');
    expect(publications[0]?.authors).toEqual(['omg']);
    expect(report[0]).toBe(`${file}:1: warning: uml: unknown LaTeX command \\caps: its argument kept as text`);
  });

  it('puts back an "and" missing at the end of a line in an author list', async () => {
    const { publications, report, file } = await importText(
      '@article{g,\n  author = {Goldsmith, Steven T and\n\tLyons, W Berry\n\tHarmon, Brendan},\n  title = {T}\n}\n',
    );
    expect(publications[0]?.authors).toEqual(['Steven T Goldsmith', 'W Berry Lyons', 'Brendan Harmon']);
    expect(report[0]).toBe(
      `${file}:1: warning: g: missing "and" between authors: read "Lyons, W Berry" and "Harmon, Brendan" as separate authors`,
    );
  });

  it('reports one comma between two full names without guessing', async () => {
    const { publications, report, file } = await importText('@misc{two, title={T}, author={John Smith, Jane Doe}}\n');
    expect(publications[0]?.authors).toEqual(['Jane Doe John Smith']);
    expect(report[0]).toBe(
      `${file}:1: warning: two: author "John Smith, Jane Doe" has a comma and no "and": read as one person, Jane Doe John Smith; if these are two people, write "and" between them`,
    );
  });

  it('reads the address out of an HTML link written as url, and a suffix written last', async () => {
    const { publications, report } = await importText(
      '@phdthesis{t, title={T}, author={Kelleher, R. J., 3rd}, url={<a href="https://mediatum.ub.tum.de/973377">https://mediatum.ub.tum.de/973377</a>}}\n',
    );
    expect(publications[0]).toMatchObject({ authors: ['R. J. Kelleher, 3rd'], url: 'https://mediatum.ub.tum.de/973377' });
    expect(report[0]).toMatch(/: warning: t: "Kelleher, R. J., 3rd" read as family name, given names, suffix$/);
    const { publications: doiLink } = await importText(
      '@article{g, title={G}, url={doi:<a href="https://doi.org/10.1002/cnm.3869">10.1002/cnm.3869</a>}}\n',
    );
    expect(doiLink[0]).toMatchObject({ url: 'https://doi.org/10.1002/cnm.3869', doi: '10.1002/cnm.3869' });
  });

  it('does not take a family name with a particle for two people', async () => {
    const { publications, report } = await importText('@book{dj, title={T}, author={De Jong, Kenneth Alan}}\n');
    expect(publications[0]?.authors).toEqual(['Kenneth Alan De Jong']);
    expect(report.join('\n')).not.toMatch(/warning/);
  });

  it('reads an entry whose key holds characters the parser does not take (Zotero writes URLs in keys)', async () => {
    const { publications, report, file } = await importText('@misc{noauthor_http://x.org/entry?id=1_nodate,\n  title = {Odd Key}}\n');
    expect(publications).toEqual([{ name: 'Odd Key' }]);
    expect(report[0]).toBe(
      `${file}:1: warning: noauthor_http://x.org/entry_id_1_nodate: the key has characters the parser does not take: read as "noauthor_http://x.org/entry_id_1_nodate"`,
    );
  });

  it('keeps "%" in values as a percent sign, as BibTeX does', async () => {
    const { publications } = await importText(
      '% a comment {\n@article{p, title={Top 10% of papers}, % a comment between fields\n  journal={J}}\n',
    );
    expect(publications).toEqual([{ name: 'Top 10% of papers', venue: 'J', type: 'journal' }]);
  });

  it('skips an entry that cannot be read at all, reads the rest, and says which', async () => {
    const { publications, report, file } = await importText(
      '@article{first, title={First}}\n@article second, title={Lost}}\n@article{third, title={Third}}\n',
    );
    expect(publications.map((publication) => publication.name)).toEqual(['First', 'Third']);
    expect(report[0]).toMatch(new RegExp(`^${file.replace(/[.\\/]/g, '\\$&')}:2: error: not imported: .+`));
  });

  it('unescapes DBLP URLs and reads a DOI given as a doi.org address', async () => {
    const { publications } = await importText(
      '@book{h, title={PFPL}, url={https://www.cs.cmu.edu/\\\\%7Erwh/pfpl/index.html}, doi={https://doi.org/10.1007/11423348\\_6}}\n',
    );
    expect(publications[0]).toMatchObject({ url: 'https://www.cs.cmu.edu/%7Erwh/pfpl/index.html', doi: '10.1007/11423348_6' });
  });
});

describe('import-bibtex never merges different kinds of work on the title alone', () => {
  const PAPER_AND_CODE =
    '@inproceedings{paper, title={Starling: Open Chat Models}, author={Wu, Tianhao}, booktitle={COLM}, year=2024}\n' +
    '@software{code, title={Starling: Open Chat Models}, author={Wu, Tianhao}, url={https://github.com/example/starling}, year=2024}\n' +
    '@misc{preprint, title={Starling: open chat models}, eprint={2311.00001}, archivePrefix={arXiv}}\n';

  it('keeps a paper and software with the same title apart, and still merges the paper with its preprint', async () => {
    const { publications } = await importText(PAPER_AND_CODE);
    expect(publications).toEqual([
      {
        name: 'Starling: Open Chat Models',
        authors: ['Tianhao Wu'],
        venue: 'COLM',
        releaseDate: '2024',
        type: 'conference',
        arxiv: '2311.00001',
      },
      {
        name: 'Starling: Open Chat Models',
        authors: ['Tianhao Wu'],
        releaseDate: '2024',
        type: 'software',
        url: 'https://github.com/example/starling',
      },
    ]);
  });

  it('does not fill a paper in the resume from software with its title, and vice versa', async () => {
    const dir = tempDir();
    const resume = join(dir, 'resume.json');
    writeFileSync(resume, JSON.stringify({ publications: [{ name: 'Starling: Open Chat Models', venue: 'COLM' }] }));
    const bib = join(dir, 'code.bib');
    // A @misc whose only address is a package index is software too.
    writeFileSync(bib, '@misc{code, title={Starling: Open Chat Models}, howpublished={\\url{https://pypi.org/project/starling}}}\n');
    const { code, stdout } = await runCli(['import-bibtex', bib, '--into', resume]);
    expect(code).toBe(0);
    expect(stdout).toContain('added 1, updated 0, unchanged 0');
    const { publications } = JSON.parse(readFileSync(resume, 'utf8')) as { publications: Publication[] };
    expect(publications).toEqual([
      { name: 'Starling: Open Chat Models', venue: 'COLM' },
      { name: 'Starling: Open Chat Models', type: 'software', url: 'https://pypi.org/project/starling' },
    ]);
  });
});
