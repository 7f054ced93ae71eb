import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, FIXTURES, runCli, tempDir } from '../helpers/cli';
import { render } from '../helpers/untypedRender';

const SAMPLE = join(ROOT, 'sample-resume.json');

type Publication = Record<string, unknown>;

function publicationsOf(file: string): Publication[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { publications: Publication[] }).publications;
}

function keysOf(bib: string): string[] {
  return [...bib.matchAll(/^@\w+\{([^,]+),$/gm)].map((match) => match[1] ?? '');
}

/** What import-bibtex must give back, as the theme shows it. */
function comparable(publication: Publication) {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    title: text(publication.name),
    authors: ((publication.authors as string[] | undefined) ?? []).map((author) => author.replace(/[*†]+$/, '')),
    venue: text(publication.venue) || text(publication.publisher),
    year: text(publication.releaseDate).slice(0, 4),
    doi: text(publication.doi),
    arxiv: text(publication.arxiv),
  };
}

describe('scholar export-bibtex', () => {
  it('prints one entry per publication on stdout, keys unique', async () => {
    const { code, stdout, stderr } = await runCli(['export-bibtex', SAMPLE]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const keys = keysOf(stdout);
    expect(keys).toHaveLength(publicationsOf(SAMPLE).length);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys[0]).toBe('wu2024thinking');
    expect(stdout).toContain(
      '  author = {Wu, Tianhao and Lan, Janice and Yuan, Weizhe and Jiao, Jiantao and Weston, Jason and Sukhbaatar, Sainbayar},\n',
    );
    expect(stdout).toContain('  eprint = {2410.10630},\n  archivePrefix = {arXiv},\n  note = {Under Review}\n}');
  });

  it('writes to a file with -o and says how many entries', async () => {
    const out = join(tempDir(), 'refs.bib');
    const { code, stdout, stderr } = await runCli(['export-bibtex', SAMPLE, '-o', out]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe(`Wrote ${out}: ${publicationsOf(SAMPLE).length} entries`);
    expect(keysOf(readFileSync(out, 'utf8'))).toHaveLength(publicationsOf(SAMPLE).length);
  });

  it('reads the resume from stdin', async () => {
    const { code, stdout } = await runCli(['export-bibtex'], {
      input: JSON.stringify({ publications: [{ name: 'Only Paper', releaseDate: '2020' }] }),
    });
    expect(code).toBe(0);
    expect(stdout).toBe('@misc{anon2020only,\n  title = {Only Paper},\n  year = {2020}\n}\n');
  });

  it.each([
    [
      'an object of lists',
      {
        journal: [{ name: 'Robust Things', authors: ['Ada Lovelace'], releaseDate: '2020' }],
        posters: [{ name: 'Robust Other Things', authors: ['Lovelace, Ada'], releaseDate: '2020-05' }, 'A poster line'],
      },
    ],
    [
      'a list of titled lists',
      [
        { title: 'Journal', entries: [{ name: 'Robust Things', authors: ['Ada Lovelace'], releaseDate: '2020' }] },
        {
          title: 'Posters',
          entries: [{ name: 'Robust Other Things', authors: ['Lovelace, Ada'], releaseDate: '2020-05' }, 'A poster line'],
        },
      ],
    ],
  ])("writes publications written in groups (%s), with the keys of the page's BibTeX toggles", async (_shape, publications) => {
    const resume = { publications };
    const { code, stdout, stderr } = await runCli(['export-bibtex'], { input: JSON.stringify(resume) });
    expect(code).toBe(0);
    expect(keysOf(stdout)).toEqual(['lovelace2020robusta', 'lovelace2020robustb']);
    expect(stderr.trim()).toBe('<stdin>: "A poster line" is a line of text, not an entry: not exported');
    const page = render(resume, { bibtex: true });
    expect([...page.matchAll(/@\w+\{(\w+),/g)].map((match) => match[1])).toEqual(keysOf(stdout));
  });

  it("reads BibTeX's `author` as the authors, as the page does", async () => {
    const resume = { publications: [{ name: 'Robust Things', author: 'Ada Lovelace, Charles Babbage', releaseDate: '2020' }] };
    const { code, stdout } = await runCli(['export-bibtex'], { input: JSON.stringify(resume) });
    expect(code).toBe(0);
    expect(stdout).toContain('  author = {Lovelace, Ada and Babbage, Charles},\n');
  });

  it('skips a publication without a title and says so; exits 2 when there is nothing to export', async () => {
    const file = join(tempDir(), 'resume.json');
    writeFileSync(file, JSON.stringify({ publications: [{ venue: 'No Title' }, { name: 'Titled' }] }));
    const some = await runCli(['export-bibtex', file]);
    expect(some.code).toBe(0);
    expect(keysOf(some.stdout)).toEqual(['anontitled']);
    expect(some.stderr.trim()).toBe(`${file}: /publications/0 has no title: not exported`);

    writeFileSync(file, JSON.stringify({ basics: { name: 'A' } }));
    const none = await runCli(['export-bibtex', file]);
    expect(none.code).toBe(2);
    expect(none.stderr.trim()).toBe(`error: ${file}: no publications to export`);
  });

  it.each([SAMPLE, join(FIXTURES, 'every-field.json')])('its output imported back gives the same papers (%s)', async (resume) => {
    const dir = tempDir();
    const bib = join(dir, 'refs.bib');
    expect((await runCli(['export-bibtex', resume, '-o', bib])).code).toBe(0);
    const back = await runCli(['import-bibtex', bib]);
    expect(back.code).toBe(0);
    expect(back.stderr).not.toMatch(/warning|error/);
    expect((JSON.parse(back.stdout) as Publication[]).map(comparable)).toEqual(publicationsOf(resume).map(comparable));
  });
});
