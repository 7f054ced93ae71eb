import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'jsonc-parser';
import { FIXTURES, runCli, tempDir } from '../helpers/cli';

const BIB = join(FIXTURES, 'bibtex/refs.bib');
const EXISTING = join(FIXTURES, 'bibtex/resume-with-publications.jsonc');

type Publication = Record<string, unknown>;

async function importAll(): Promise<Publication[]> {
  const { code, stdout, stderr } = await runCli(['import-bibtex', BIB]);
  expect(code).toBe(0);
  expect(stderr).toContain('8 publications');
  return JSON.parse(stdout) as Publication[];
}

function byTitle(publications: Publication[], start: string): Publication {
  const found = publications.find((publication) => String(publication.name).startsWith(start));
  if (!found) throw new Error(`no publication titled "${start}…"`);
  return found;
}

function copyOfExisting(): string {
  const file = join(tempDir(), 'resume.jsonc');
  copyFileSync(EXISTING, file);
  return file;
}

describe('scholar import-bibtex without --into', () => {
  it('prints publications with authors in order from both "Last, First" and "First Last"', async () => {
    const publications = await importAll();
    expect(byTitle(publications, 'Starling-7B').authors).toEqual(['Banghua Zhu', 'Evan Frick', 'Tianhao Wu', 'Hanlin Zhu', 'Jiantao Jiao']);
    expect(byTitle(publications, 'Thinking LLMs').authors).toEqual([
      'Tianhao Wu',
      'Janice Lan',
      'Weizhe Yuan',
      'Jiantao Jiao',
      'Jason Weston',
      'Sainbayar Sukhbaatar',
    ]);
    expect(byTitle(publications, 'A Theory').authors).toEqual(['Piet van der Berg', 'Tianhao Wu', 'Aleš Škoda']);
  });

  it('decodes LaTeX accents to composed (NFC) Unicode and turns "and others" into "et al."', async () => {
    const publications = await importAll();
    const uber = byTitle(publications, 'Über');
    expect(uber.name).toBe('\u00dcber-Efficient Policy Optimization for LLMs');
    expect(uber.authors).toEqual(['J\u00f6rg M\u00fcller', 'Mar\u00eda Gonz\u00e1lez', 'Tianhao Wu', 'et al.']);
    expect(byTitle(publications, 'Self-Play').authors).toEqual(['Tianhao Wu', 'Zo\u00eb \u00c5ngstr\u00f6m', 'Jos\u00e9 N\u00fa\u00f1ez']);
    const text = publications.flatMap((publication) => Object.values(publication).flat()).join('\n');
    expect(text).toBe(text.normalize('NFC'));
    expect(text).not.toMatch(/[{}\\]/);
  });

  it('keeps titles exactly as written (no sentence-casing) and decodes braces and \\&', async () => {
    const publications = await importAll();
    expect(byTitle(publications, 'A Theory').name).toBe('A Theory of Conservative Exploration in Reinforcement Learning');
    expect(byTitle(publications, 'Starling').name).toBe('Starling-7B: Increasing LLM Helpfulness & Harmlessness with RLAIF');
  });

  it('maps venue, date, identifiers, status and type', async () => {
    const publications = await importAll();
    expect(byTitle(publications, 'Über')).toMatchObject({
      venue: 'Advances in Neural Information Processing Systems (NeurIPS)',
      releaseDate: '2023-12',
      doi: '10.5555/uber.2023',
      url: 'https://example.org/papers/uber',
      type: 'conference',
    });
    expect(byTitle(publications, 'Self-Play')).toMatchObject({
      arxiv: '2501.01234',
      releaseDate: '2025-01',
      status: 'Under Review',
      type: 'preprint',
    });
    expect(byTitle(publications, 'A Theory')).toMatchObject({
      venue: 'Journal of Machine Learning Research',
      status: 'To Appear',
      type: 'journal',
    });
    expect(byTitle(publications, 'Nearly Optimal').venue).toBe('International Conference on Machine Learning (ICML)');
    expect(byTitle(publications, 'Sanity').doi).toBe('10.5555/SANITY.2021');
    expect(byTitle(publications, 'Self-Improving')).toMatchObject({ publisher: 'University of California, Berkeley', type: 'thesis' });
  });

  it('merges duplicates within the .bib itself', async () => {
    const bib = join(tempDir(), 'dup.bib');
    writeFileSync(
      bib,
      '@misc{a, title={Same Paper}, author={Doe, Jane}, eprint={2401.11111}, archivePrefix={arXiv}}\n' +
        '@inproceedings{b, title={Same paper!}, author={Jane Doe}, booktitle={ICLR 2024}, year=2024}\n',
    );
    const { code, stdout } = await runCli(['import-bibtex', bib]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      { name: 'Same Paper', authors: ['Jane Doe'], type: 'preprint', arxiv: '2401.11111', venue: 'ICLR 2024', releaseDate: '2024' },
    ]);
  });

  it('reads every entry of a file with a malformed one, reports it with file, line and key, and exits 0', async () => {
    const bib = join(tempDir(), 'broken.bib');
    writeFileSync(bib, '@article{ok, title={Fine}}\n\n@article{bad, title={x} author={y}}\n');
    const { code, stdout, stderr } = await runCli(['import-bibtex', bib]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      { name: 'Fine', type: 'journal' },
      { name: 'x', authors: ['y'], type: 'journal' },
    ]);
    expect(stderr).toContain(`${bib}:3: warning: bad: missing comma before "author": read as if it were there\n`);
  });

  it('exits 2 when nothing could be read, and for a missing file', async () => {
    const bib = join(tempDir(), 'nothing.bib');
    writeFileSync(bib, 'Not BibTeX at all.\n@article\n');
    const nothing = await runCli(['import-bibtex', bib]);
    expect(nothing.code).toBe(2);
    expect(nothing.stdout).toBe('');
    expect(nothing.stderr).toMatch(new RegExp(`^${bib.replace(/[.\\/]/g, '\\$&')}:2: error: not imported: .+$`, 'm'));
    expect(nothing.stderr).toMatch(/^error: .*nothing\.bib: no BibTeX entry could be read$/m);

    const missing = await runCli(['import-bibtex', 'nowhere.bib']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe('error: nowhere.bib: no such file');
  });
});

describe('scholar import-bibtex --into', () => {
  it('keeps every existing entry and hand-written field, fills only what is missing, and reports it', async () => {
    const file = copyOfExisting();
    const before = parse(readFileSync(file, 'utf8')) as { publications: Publication[] };
    const { code, stdout } = await runCli(['import-bibtex', BIB, '--into', file]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ {2}updated +Thinking LLMs.*matched by arXiv id; filled in releaseDate, type\)$/m);
    expect(stdout).toMatch(
      /^ {2}updated +Starling-7B: increasing LLM helpfulness and harmlessness with RLAIF \(matched by title; filled in type, url, arxiv\)$/m,
    );
    expect(stdout).toMatch(/^ {2}unchanged +Sanity-checking.*\(matched by DOI\)$/m);
    expect(stdout).toMatch(/^ {2}added +Über-Efficient Policy Optimization for LLMs$/m);
    expect(stdout).toContain('added 5, updated 2, unchanged 1');

    const text = readFileSync(file, 'utf8');
    expect(text).toContain('// Hand-written: the import must keep every entry and every field here.');
    const after = parse(text) as { publications: Publication[] };
    expect(after.publications).toHaveLength(before.publications.length + 5);
    // Every field written by hand is still there, unchanged.
    before.publications.forEach((publication, index) => expect(after.publications[index]).toMatchObject(publication));
    expect(after.publications[1]).toMatchObject({
      authors: ['Banghua Zhu*', 'Evan Frick*', 'Tianhao Wu*'],
      releaseDate: '2024',
      arxiv: '2311.00001',
    });
    expect(after.publications[0]).toMatchObject({
      status: 'Under Review',
      highlights: ['Hand-written highlight that must survive'],
      releaseDate: '2024-10',
    });
  });

  it('is idempotent: a second import changes nothing', async () => {
    const file = copyOfExisting();
    await runCli(['import-bibtex', BIB, '--into', file]);
    const once = readFileSync(file, 'utf8');
    const again = await runCli(['import-bibtex', BIB, '--into', file]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('added 0, updated 0, unchanged 8');
    expect(readFileSync(file, 'utf8')).toBe(once);
  });

  it('--dry-run reports the same outcome and leaves the file byte for byte', async () => {
    const file = copyOfExisting();
    const original = readFileSync(file, 'utf8');
    const { code, stdout } = await runCli(['import-bibtex', BIB, '--into', file, '--dry-run']);
    expect(code).toBe(0);
    expect(stdout).toContain('would have added 5, updated 2, unchanged 1');
    expect(readFileSync(file, 'utf8')).toBe(original);
  });

  it('creates the publications list when the resume has none, and the result validates', async () => {
    const file = join(tempDir(), 'resume.json');
    writeFileSync(file, '{\n\t"basics": { "name": "Tianhao Wu" }\n}\n');
    const { code } = await runCli(['import-bibtex', BIB, '--into', file]);
    expect(code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^\t"publications": \[/m);
    expect((JSON.parse(text) as { publications: unknown[] }).publications).toHaveLength(8);
    const validation = await runCli(['validate', '--json', file]);
    expect(JSON.parse(validation.stdout)).toMatchObject({ valid: true });
  });

  it('exits 2 when the target is not a resume with a publications list', async () => {
    const file = join(tempDir(), 'resume.json');
    writeFileSync(file, '{ "publications": "none" }');
    const { code, stderr } = await runCli(['import-bibtex', BIB, '--into', file]);
    expect(code).toBe(2);
    expect(stderr.trim()).toBe(`error: ${file}: "publications" must be a list, found a string`);
  });
});
