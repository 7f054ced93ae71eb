// Header fields as real resumes write them: the owner's name in parts (phydev-….json: `"name":
// "Maurício", "surname": "Moreira Soares"`), profile addresses under `github url` (a file whose keys
// have spaces); and author lists written in one string with the names left out marked by "...".
import { validate } from '../../src/schema/validate';
import { toView } from '../../src/view';
import { render } from '../helpers/untypedRender';
import { attr, parseHtml, byClass, textOf, elements } from '../helpers/html';
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

describe("a researcher's profile object (NeutrinoLiu-….json)", () => {
  const resume = {
    profile: {
      name: 'Bangya Liu',
      bio: ['I work on *3D vision*.', 'I finished my Ph.D. at [MadNets](https://madnets.example.edu/) in 2026.'],
      research_interests: ['Embodied AI', '3D vision'],
      photo: 'media/portrait.jpeg',
      links: {
        email_primary: 'bangya@example.org',
        email_secondary: 'liu@example.edu',
        google_scholar: 'https://scholar.google.com/citations?user=x',
        github: 'https://github.com/NeutrinoLiu',
        cv_pdf: 'cv_2026.pdf',
      },
    },
  };
  const { basics } = toView(resume);

  it('has its bio as the summary, paragraph after paragraph, and its photo', () => {
    const page = parseHtml(render(resume));
    expect(byClass(page, 'cv-summary').map(textOf)).toEqual(['I work on 3D vision.I finished my Ph.D. at MadNets in 2026.']);
    expect(elements(byClass(page, 'cv-summary')[0] ?? page, 'br')).toHaveLength(1);
    expect(basics.image).toBe('media/portrait.jpeg');
  });

  it('shows its research interests after the summary, labelled in the page language', () => {
    expect(byClass(parseHtml(render(resume)), 'cv-interests').map(textOf)).toEqual(['Research interests: Embodied AI, 3D vision']);
    expect(byClass(parseHtml(render(resume, { locale: 'de' })), 'cv-interests').map(textOf)).toEqual([
      'Forschungsinteressen: Embodied AI, 3D vision',
    ]);
  });

  it('reads a links object: the first email address as the email, the other addresses as profiles by name', () => {
    expect(basics.email?.href).toBe('mailto:bangya@example.org');
    expect(basics.profiles.map((profile) => [profile.network, profile.link.href])).toEqual([
      ['Google Scholar', 'https://scholar.google.com/citations?user=x'],
      ['GitHub', 'https://github.com/NeutrinoLiu'],
      ['CV', 'cv_2026.pdf'],
    ]);
    // The second address is not shown, and validate() says so.
    expect(
      validate(resume)
        .filter((problem) => / not shown/.test(problem.message))
        .map((problem) => problem.path),
    ).toEqual(['/profile/links/email_secondary']);
  });

  it('names a link of a links object from its key when the key is a name every object inherits', () => {
    const links = { constructor: 'https://x.org', toString: 'https://y.org' };
    const profiles = toView({ profile: { name: 'A', links } }).basics.profiles;
    expect(profiles.map((profile) => [profile.network, profile.link.href])).toEqual([
      ['Constructor', 'https://x.org'],
      ['To String', 'https://y.org'],
    ]);
  });

  it('names what it does not show: a second email address, a link that is no text, an empty list of paragraphs', () => {
    const odd = {
      profile: { name: 'A', bio: [], about: 'The about text.', links: { a: 'a@example.org', b: 'b@example.org', site: { url: 'x' } } },
    };
    expect(toView(odd).basics.summary).toEqual([{ kind: 'text', text: 'The about text.', htmlSafe: true }]);
    expect(
      validate(odd)
        .filter((problem) => / not shown/.test(problem.message))
        .map((problem) => problem.path),
    ).toEqual(['/profile/links/b', '/profile/links/site']);
  });

  it('keeps an email written in basics, and a list at the top level of a resume as a section', () => {
    expect(toView({ basics: { name: 'A', email: 'a@example.org' }, profile: resume.profile }).basics.email?.label).toBe('a@example.org');
    const topLevel = toView({ name: 'A', about: ['One', 'Two'], research_interests: ['ML', 'Vision'] });
    expect(topLevel.basics.summary).toEqual([]);
    expect(topLevel.basics.interests).toEqual([]);
    expect(topLevel.sections.map((section) => section.key)).toEqual(['about', 'research_interests']);
  });
});

describe('the name in another script (NeutrinoLiu-….json: "name_zh": "刘邦亚")', () => {
  const resume = {
    basics: { name: 'Bangya Liu', name_zh: '刘邦亚' },
    publications: [
      { name: 'A paper in English', authors: ['Bangya Liu', 'Zhiwen Fan'] },
      { name: '一篇中文论文', authors: ['王浩', '刘邦亚'] },
    ],
  };
  const page = parseHtml(render(resume));

  it('follows the name in the heading, in its language, and is the JSON-LD person’s alternateName', () => {
    expect(elements(page, 'h1').map(textOf)).toEqual(['Bangya Liu 刘邦亚']);
    expect(byClass(page, 'cv-native-name').map((node) => attr(node, 'lang'))).toEqual(['zh']);
    expect(linkedDataOf(render(resume))?.['@graph']?.[0]).toMatchObject({ name: 'Bangya Liu', alternateName: '刘邦亚' });
  });

  it('finds the owner in a paper that writes the name in that script', () => {
    expect(byClass(page, 'owner').map(textOf)).toEqual(['Bangya Liu', '刘邦亚']);
    expect(validate(resume).filter((problem) => problem.severity === 'warning')).toEqual([]);
  });

  it('is read as `nativeName` without a language, and not repeated when it is the name', () => {
    expect(toView({ basics: { name: 'A', nativeName: 'Ä' } }).basics.nativeName).toEqual({ text: 'Ä' });
    expect(toView({ basics: { name: '刘邦亚', name_zh: '刘邦亚' } }).basics.nativeName).toBeUndefined();
    // Without a name, it is the name.
    expect(toView({ basics: { name_zh: '刘邦亚' } }).basics).toMatchObject({ name: '刘邦亚', heading: '刘邦亚', nativeName: undefined });
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
