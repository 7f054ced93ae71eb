// The software section: research software as people list it, and as cvkit writes it from GitHub
// (AlexanderPico-icv.json: `githubRepo`, `language` beside `languages`, `stars`, `forks`, `openIssues`).
import { toView } from '../../src/view';
import { entriesOf, section, notShown } from '../helpers/views';
import { validate } from '../../src/schema/validate';

const entryOf = (item: Record<string, unknown>, options?: Record<string, unknown>) =>
  entriesOf(section(toView({ software: [item] }, options), 'software'))[0];

describe('a software entry', () => {
  it('shows its version and license as written, and its counts as the page writes numbers, leaving out zero', () => {
    const entry = entryOf({ name: 'netinf', version: 2.1, license: 'MIT', stars: 1250, forks: 0, downloads: '10k/month' });
    expect(entry?.facts).toEqual(['Version: 2.1', 'License: MIT', 'Stars: 1,250', 'Downloads: 10k/month']);
    expect(entryOf({ name: 'netinf', stars: 1250 }, { locale: 'de' })?.facts).toEqual(['Sterne: 1.250']);
  });

  it('links its code when it is not the entry’s own link, from an address or GitHub’s owner/name', () => {
    const links = (item: Record<string, unknown>) => entryOf({ name: 'x', ...item })?.links.map((link) => link.href);
    expect(links({ url: 'https://x.example.org', githubRepo: 'someone/x' })).toEqual(['https://github.com/someone/x']);
    expect(links({ url: 'https://github.com/someone/x', githubRepo: 'someone/x' })).toEqual([]);
    expect(links({ repository: 'https://gitlab.com/someone/x', doi: 'https://doi.org/10.5281/zenodo.1' })).toEqual([
      'https://gitlab.com/someone/x',
      'https://doi.org/10.5281/zenodo.1',
    ]);
  });

  it('has a DOI that validate() checks as a paper’s', () => {
    const problems = validate({
      meta: { skipValidation: true },
      software: [
        { name: 'x', doi: 'zenodo 1234' },
        { name: 'y', doi: '10.5281/zenodo.1' },
      ],
    });
    expect(problems).toEqual([
      { path: '/software/0/doi', message: '"zenodo 1234" is not a DOI: a DOI looks like 10.1145/3368089.3409740.', severity: 'warning' },
    ]);
  });

  it('has its languages and topics as keywords, once each, unless it names keywords', () => {
    expect(entryOf({ name: 'x', language: 'Java', languages: ['Java', 'Kotlin'], topics: ['graphs'] })?.keywords).toEqual([
      'Java',
      'Kotlin',
      'graphs',
    ]);
    expect(entryOf({ name: 'x', keywords: ['ML'], languages: ['R'] })?.keywords).toEqual(['ML']);
  });

  it('is read from cvkit’s fields with nothing named as not shown: a timestamp and open issues carry nothing for a reader', () => {
    const cvkit = {
      name: 'bridgedb-app',
      description: 'BridgeDb App for Cytoscape 3',
      url: 'https://github.com/AlexanderPico/bridgedb-app',
      githubRepo: 'AlexanderPico/bridgedb-app',
      language: 'Java',
      languages: ['Java'],
      stars: 2,
      forks: 7,
      openIssues: 8,
      releaseDate: '2013-07-18',
      topics: [],
      fetchedAt: '2026-03-21T15:13:45.436Z',
    };
    expect(entryOf(cvkit)).toMatchObject({ title: 'bridgedb-app', facts: ['Stars: 2', 'Forks: 7'], keywords: ['Java'] });
    expect(notShown({ meta: { skipValidation: true }, software: [cvkit] })).toEqual([]);
  });
});
