// Header fields as real resumes write them: the owner's name in parts (phydev-….json: `"name":
// "Maurício", "surname": "Moreira Soares"`), profile addresses under `github url` (a file whose keys
// have spaces); and author lists written in one string with the names left out marked by "...".
import { validate } from '../../src/schema/validate';
import { toView } from '../../src/view';
import { render } from '../helpers/untypedRender';
import { parseHtml, byClass, textOf, elements } from '../helpers/html';
import { linkedDataOf } from '../helpers/hostile/linkedData';

describe("the owner's name written in parts", () => {
  it('is the whole name in the header and in author lists; the title beside it is the line under the name', () => {
    const resume = {
      personal: { name: 'Maurício', surname: 'Moreira Soares', title: 'Data scientist' },
      publications: [{ title: 'Joint probability', authors: 'M. Moreira-Soares; E. I. F. Fossen; M. LeBlanc' }],
    };
    const page = parseHtml(render(resume));
    expect(elements(page, 'h1').map(textOf)).toEqual(['Maurício Moreira Soares']);
    expect(toView(resume).basics.label).toBe('Data scientist');
    expect(byClass(page, 'owner').map(textOf)).toEqual(['M. Moreira-Soares']);
    expect(validate(resume).filter((problem) => problem.severity === 'warning' && !/registry/.test(problem.message))).toEqual([]);
  });

  it('is read from firstName and lastName, given name first, and a family name already in the name is not repeated', () => {
    expect(toView({ basics: { firstName: 'Ada', lastName: 'Lovelace' } }).basics.name).toBe('Ada Lovelace');
    expect(toView({ basics: { given_name: 'Ada', family_name: 'Lovelace' } }).basics.name).toBe('Ada Lovelace');
    expect(toView({ basics: { name: 'Ada Lovelace', surname: 'Lovelace' } }).basics.name).toBe('Ada Lovelace');
    expect(toView({ basics: { surname: 'Lovelace' } }).basics.name).toBe('');
  });
});

describe('a profile address written as a field of the header', () => {
  it('is read under `github`, `github url`, `github_url` and `githubUrl`, and named nowhere', () => {
    for (const key of ['github', 'github url', 'github_url', 'githubUrl']) {
      const resume = { basics: { name: 'Aaron', [key]: 'https://github.com/aaron', 'linkedin url': 'https://linkedin.com/in/y' } };
      expect(toView(resume).basics.profiles.map((profile) => [profile.network, profile.link.href])).toEqual([
        ['GitHub', 'https://github.com/aaron'],
        ['LinkedIn', 'https://linkedin.com/in/y'],
      ]);
      expect(validate(resume)).toEqual([]);
    }
  });
});

describe('an author string with "..." for the names left out', () => {
  const resume = {
    basics: { name: 'Maurício Moreira Soares' },
    publications: [
      { title: 'Quality of life', authors: 'S. Cavalieri, C. Vener, ..., M. Moreira-Soares, …, K. Hurley, BD4QoL Consortium' },
    ],
  };

  it('is split into its names, the gaps shown where they are written', () => {
    const page = parseHtml(render(resume));
    expect(byClass(page, 'authors').map(textOf)).toEqual([
      'S. Cavalieri, C. Vener, ..., M. Moreira-Soares, …, K. Hurley, BD4QoL Consortium',
    ]);
    expect(byClass(page, 'owner').map(textOf)).toEqual(['M. Moreira-Soares']);
  });

  it('leaves the gaps out of the JSON-LD, which names people', () => {
    const [, article] = linkedDataOf(render(resume))?.['@graph'] as { author?: { name: string }[] }[];
    expect(article?.author?.map((author) => author.name)).toEqual([
      'S. Cavalieri',
      'C. Vener',
      'M. Moreira-Soares',
      'K. Hurley',
      'BD4QoL Consortium',
    ]);
  });
});
