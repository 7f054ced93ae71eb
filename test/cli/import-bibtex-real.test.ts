// Real .bib files (test/fixtures/bibtex/real/README.md says where each comes from): imported as a
// new user would, with nothing lost and no LaTeX left; exported and imported back unchanged.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatBibtex, recordFromJson, type BibRecord } from '../../src/bibtex/write';
import { importBib } from '../helpers/bibtexImporter';
import { FIXTURES, runCli } from '../helpers/cli';

const REAL = join(FIXTURES, 'bibtex/real');
const FILES = readdirSync(REAL).filter((name) => name.endsWith('.bib'));

type Publication = Record<string, unknown>;

const imported = new Map<string, { publications: Publication[]; report: string }>();

beforeAll(async () => {
  await Promise.all(
    FILES.map(async (name) => {
      const { code, stdout, stderr } = await runCli(['import-bibtex', join(REAL, name)]);
      expect(code).toBe(0);
      imported.set(name, { publications: JSON.parse(stdout) as Publication[], report: stderr });
    }),
  );
}, 60_000);

function publicationsOf(name: string): Publication[] {
  return imported.get(name)?.publications ?? [];
}

function titled(name: string, start: string): Publication {
  const found = publicationsOf(name).find((publication) => String(publication.name).startsWith(start));
  if (!found) throw new Error(`${name}: no publication titled "${start}…"`);
  return found;
}

function texts(publication: Publication): string[] {
  // Links, URLs and DOIs are addresses, not text.
  const { links: _links, url: _url, doi: _doi, ...rest } = publication;
  return Object.values(rest)
    .flat()
    .filter((value): value is string => typeof value === 'string');
}

/** The number of entries in a .bib file. */
function entryCount(name: string): number {
  return (readFileSync(join(REAL, name), 'utf8').match(/^\s*@(?!string|comment|preamble)\w+\s*[{(]/gim) ?? []).length;
}

describe.each(FILES)('%s', (name) => {
  it('imports every entry (the command then merges versions of the same paper)', () => {
    expect(importBib(readFileSync(join(REAL, name), 'utf8')).publications).toHaveLength(entryCount(name));
    expect(publicationsOf(name).length).toBeGreaterThan(0);
  });

  it('leaves no LaTeX in the text, and none in DOIs, URLs and links', () => {
    for (const publication of publicationsOf(name)) {
      for (const text of texts(publication)) expect(text).not.toMatch(/\\[A-Za-z]|[{}]|\$[^$\d]*\\/);
      const addresses = [
        publication.url,
        publication.doi,
        ...((publication.links as { url: string }[] | undefined) ?? []).map((link) => link.url),
      ];
      for (const address of addresses.filter((value): value is string => typeof value === 'string'))
        expect(address).not.toMatch(/[\\{}\s]/);
    }
  });

  it('gives every journal and conference paper its venue', () => {
    for (const publication of publicationsOf(name)) {
      if (['journal', 'conference', 'workshop', 'chapter'].includes(String(publication.type))) {
        expect(`${publication.name}: ${String(publication.venue ?? publication.publisher ?? '')}`).toMatch(/: \S/);
      }
    }
  });

  it('reads back the same titles, authors, venues, years, DOIs and arXiv ids after export-bibtex', () => {
    const records = publicationsOf(name)
      .map(recordFromJson)
      .filter((record): record is BibRecord => record !== undefined);
    const back = importBib(formatBibtex(records).join('\n\n')).publications;
    const view = (publication: Publication) => ({
      title: publication.name,
      // Marks such as "*" are the theme's, not BibTeX's: they are not exported.
      authors: ((publication.authors as string[] | undefined) ?? []).map((author) => author.replace(/[*†]+$/, '')),
      venue: publication.venue ?? publication.publisher,
      year: String(publication.releaseDate ?? '').slice(0, 4),
      doi: publication.doi,
      arxiv: publication.arxiv,
    });
    expect(back.map(view)).toEqual(publicationsOf(name).map(view));
  });
});

describe('what each kind of file needs', () => {
  it('al-folio: abbr as the venue, arXiv ids, code links, author marks, selected, award and relative links', () => {
    expect(titled('alfolio-42shawn.bib', 'LLaVA-PruMerge')).toMatchObject({
      venue: 'ICCV 2025',
      venueFull: 'International Conference on Computer Vision (ICCV)',
      arxiv: '2403.15388',
      links: [{ label: 'Code', url: 'https://llava-prumerge.github.io/' }],
    });
    expect(titled('alfolio-42shawn.bib', 'E-CAR').authors).toEqual(expect.arrayContaining(['Zhihang Yuan*', 'Yuzhang Shang*']));
    expect(titled('alfolio-42shawn.bib', 'PTQ4DM').authors).toEqual(['Yuzhang Shang', 'Zhihang Yuan', 'Bin Xie', 'Bingzhe Wu', 'Yan Yan']);
    expect(titled('alfolio-42shawn.bib', 'PTQ4DM').venue).toBe('CVPR 2023');
    expect(titled('alfolio-amsel.bib', 'Nearly Optimal')).toMatchObject({
      venue: 'NeurIPS',
      venueFull: 'The Thirty-eighth Annual Conference on Neural Information Processing Systems',
      award: 'Spotlight!',
      highlights: ['Top 10% of accepted NeurIPS papers.'],
      selected: true,
    });
    expect(titled('alfolio-amsel.bib', 'Nearly Optimal').links).toEqual(
      expect.arrayContaining([{ label: 'Poster', url: 'neurips_2024_poster.pdf' }]),
    );
    expect(titled('alfolio-amsel.bib', 'Quasi-optimal').abstract).toContain('an N×N matrix A using only matrix-vector products');
  });

  it('ADS: journal macros become abbreviations; <ASTROBJ> and \\noop sort keys disappear', () => {
    expect(
      ['Analytic Planetary', 'K2SC', 'Disk Locking', 'The magnetic field topology'].map(
        (start) => titled('ads-paparazzi.bib', start).venue,
      ),
    ).toEqual(['AJ', 'MNRAS', 'ApJ', 'A&A']);
    expect(titled('ads-paparazzi.bib', 'Surface imaging').name).toBe('Surface imaging of HD 199178 (V1794 Cygni)');
    expect(titled('ads-paparazzi.bib', 'Mapping Stellar Surfaces. I.').authors).toEqual([
      'Rodrigo Luger',
      'Daniel Foreman-Mackey',
      'Christina Hedges',
      'David W. Hogg',
    ]);
    expect(titled('ads-paparazzi.bib', 'Disk Locking').arxiv).toBe('astro-ph/0101560');
    expect(imported.get('ads-paparazzi.bib')?.report).not.toMatch(/warning/);
  });

  it('DBLP: "\\_" unescaped in DOIs and URLs, math escaped twice read as math', () => {
    expect(titled('dblp-tophat.bib', 'Hint Generation')).toMatchObject({
      doi: '10.1007/978-3-319-61425-0_26',
      url: 'https://doi.org/10.1007/978-3-319-61425-0_26',
    });
    expect(titled('dblp-tophat.bib', 'Practical Foundations').url).toBe('https://www.cs.cmu.edu/%7Erwh/pfpl/index.html');
    expect(titled('dblp-limaye.bib', 'A Fixed-Depth').name).toBe('A Fixed-Depth Size-Hierarchy Theorem for AC⁰[⊕] via the Coin Problem');
    expect(titled('dblp-limaye.bib', 'On the geometry')).toMatchObject({ venue: 'CoRR', arxiv: '2408.03465', type: 'preprint' });
    // \emph{k} is kept as the italics the theme shows.
    expect(titled('dblp-limaye.bib', 'On the geometry').name).toMatch(/^On the geometry of <i>k<\/i>-SAT solutions: what more can PPZ and/);
  });

  it('hand-kept CVs: a lone "$" and a missing "and" are mended; underlined names read as names', () => {
    expect(titled('cv-harmon.bib', 'Soil 3D Printing').authors).toHaveLength(5);
    expect(titled('cv-harmon.bib', 'Evaluation of controls').authors).toEqual([
      'Steven T Goldsmith',
      'Russell S Harmon',
      'W Berry Lyons',
      'Brendan Harmon',
      'Fred L Ogden',
      'Christopher B Gardner',
    ]);
    expect(titled('cv-harmon.bib', 'Visualizing Spatial Audio').venue).toBe('Digital Landscape Architecture 2025');
    for (const publication of publicationsOf('cv-fried.bib')) expect(publication.authors).toContain('D. Fried');
    expect(titled('cv-fried.bib', 'VisualWebArena')).toMatchObject({
      arxiv: '2401.13649',
      venue: 'Annual Meeting of the Association for Computational Linguistics (ACL)',
    });
  });

  it('hand-written entries: software on a package index, private macros kept', () => {
    expect(titled('handkept-tophat.bib', 'reactive-banana')).toMatchObject({
      type: 'software',
      url: 'https://hackage.haskell.org/package/reactive-banana',
    });
    expect(titled('handkept-tophat.bib', 'Unified Modeling').authors).toEqual(['omg']);
    expect(titled('handkept-tophat.bib', 'Vessel Information').authors).toEqual(['TOP Software Systems']);
  });

  it('Zotero: {others} is "et al.", an organisation stays one author, a DOI keeps its < and >', () => {
    expect(titled('zotero-dolson.bib', 'The shifting balance').authors).toEqual(['Franz Oppacher', 'Mark Wineberg', 'et al.']);
    expect(titled('zotero-dolson.bib', 'A Novel in Vitro').authors).toHaveLength(3);
    expect(titled('zotero-dolson.bib', 'Analysis of a local').doi).toBe('10.1002/(SICI)1097-0282(200007)54:1<64::AID-BIP70>3.0.CO;2-R');
    expect(titled('zotero-dolson.bib', 'How People Learn II').abstract).toContain('and policy. In 2000, How People Learn');
  });
});
