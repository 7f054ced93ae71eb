// Variants: named option sets in meta.themeOptions.variants, chosen with render(resume, { variant })
// or meta.themeOptions.variant, applied over the other options.
import sampleCv from '../../sample-resume.json';
import { render } from '../../index';
import { attr, elements, parseHtml, textOf } from '../helpers/html';

type Options = Record<string, unknown>;

const PUBLICATIONS = [
  { name: 'Selected Paper', selected: true, releaseDate: '2024', type: 'journal' },
  { name: 'Other Paper', releaseDate: '2023', type: 'conference' },
];

function resumeWith(themeOptions: Options) {
  return {
    basics: { name: 'Vera Variant' },
    education: [{ institution: 'Some University' }],
    awards: [{ title: 'Some Award' }],
    publications: PUBLICATIONS,
    meta: { themeOptions },
  };
}

function pageFacts(html: string) {
  const page = parseHtml(html);
  return {
    sections: elements(page, 'section').map((section) => attr(section, 'id')),
    titles: elements(page, 'h3')
      .concat(elements(page, 'h4'))
      .filter((el) => attr(el, 'class') === 'entry-title')
      .map(textOf),
    groups: elements(page, 'h3')
      .filter((el) => attr(el, 'class') === 'group-heading')
      .map(textOf),
    style: attr(elements(page, 'html')[0]!, 'data-style'),
    lang: attr(elements(page, 'html')[0]!, 'lang'),
  };
}

const VARIANTS = {
  short: { selectedPublicationsOnly: true, hide: ['awards'], style: 'compact' },
  tenure: { groupPublications: 'type', sections: ['publications'], style: 'classic', locale: 'de' },
};

describe('variants', () => {
  it('apply the named options over meta.themeOptions', () => {
    const resume = resumeWith({ variants: VARIANTS, style: 'modern' });
    const plain = pageFacts(render(resume));
    const short = pageFacts(render(resume, { variant: 'short' }));
    expect(plain).toMatchObject({
      sections: ['education', 'publications', 'awards'],
      titles: expect.arrayContaining(['Selected Paper', 'Other Paper']),
      style: 'modern',
    });
    expect(short.sections).toEqual(['education', 'publications']);
    expect(short.titles).toEqual(['Some University', 'Selected Paper']);
    expect(short.style).toBe('compact');
  });

  it('give the same page as writing the variant’s options by hand', () => {
    const resume = resumeWith({ variants: VARIANTS });
    expect(render(resume, { variant: 'tenure' })).toBe(render(resumeWith({}), VARIANTS.tenure as Options));
    const tenure = pageFacts(render(resume, { variant: 'tenure' }));
    expect(tenure.sections[0]).toBe('publications');
    expect(tenure.groups.length).toBeGreaterThan(0);
    expect(tenure).toMatchObject({ style: 'classic', lang: 'de' });
  });

  it('win over the options passed to render() when render() names them', () => {
    const resume = resumeWith({ variants: VARIANTS });
    expect(pageFacts(render(resume, { variant: 'short', style: 'classic', hide: [] } as Options)).style).toBe('compact');
    // Options the variant does not set still come from render() and then meta.themeOptions.
    const facts = pageFacts(
      render(resumeWith({ variants: VARIANTS, locale: 'fr' }), { variant: 'short', sections: ['publications'] } as Options),
    );
    expect(facts.sections).toEqual(['publications', 'education']);
    expect(facts.lang).toBe('fr');
  });

  it('named in meta.themeOptions.variant apply on the registry (one argument), under render() options', () => {
    const resume = resumeWith({ variants: VARIANTS, variant: 'short' });
    expect(pageFacts(render(resume)).style).toBe('compact');
    expect(pageFacts(render(resume)).titles).not.toContain('Other Paper');
    // render() options win over a variant the file chose...
    expect(pageFacts(render(resume, { style: 'classic' })).style).toBe('classic');
    // ...and a variant named in render() replaces it.
    expect(pageFacts(render(resume, { variant: 'tenure' }))).toMatchObject({ style: 'classic', lang: 'de' });
    expect(pageFacts(render(resume, { variant: 'tenure' })).titles).toContain('Other Paper');
  });

  it('may also be given to render(), merged by name with those of the file', () => {
    const resume = resumeWith({ variants: VARIANTS });
    const html = render(resume, { variant: 'mine', variants: { mine: { hide: ['education'] } } } as Options);
    expect(pageFacts(html).sections).toEqual(['publications', 'awards']);
    expect(pageFacts(render(resume, { variants: { other: {} }, variant: 'short' } as Options)).style).toBe('compact');
  });

  it('pass options through that this version does not know, and ignore nested variants', () => {
    const resume = resumeWith({ variants: { next: { someFutureOption: 3, variant: 'short', variants: { x: { style: 'classic' } } } } });
    expect(render(resume, { variant: 'next' })).toBe(render(resumeWith({})));
  });

  it.each([
    ['an unknown name', { variant: 'nope' }],
    ['a name that is not a string', { variant: 42 }],
    ['a prototype key', { variant: '__proto__' }],
    ['a variant that is not an object', { variant: 'broken' }],
  ])('ignore %s without throwing', (_name, options) => {
    const resume = resumeWith({ variants: { ...VARIANTS, broken: ['style', 'compact'] } });
    expect(render(resume, options as Options)).toBe(render(resume));
  });

  it('ignore variants of the wrong type given to render(), keeping those of the file', () => {
    const resume = resumeWith({ variants: VARIANTS });
    expect(render(resume, { variant: 'short', variants: 'short' } as unknown as Options)).toBe(render(resume, { variant: 'short' }));
  });

  it('ignore meta.themeOptions.variants of the wrong type', () => {
    for (const variants of [null, 'short', ['short'], 3]) {
      expect(render(resumeWith({ variants, variant: 'short' }), { variant: 'short' })).toBe(render(resumeWith({})));
    }
  });

  it('work on the sample CV with selectedPublicationsOnly and hide', () => {
    const resume = {
      ...sampleCv,
      meta: { themeOptions: { variants: { short: { selectedPublicationsOnly: true, hide: ['awards', 'projects'] } } } },
    };
    const full = pageFacts(render(resume));
    const short = pageFacts(render(resume, { variant: 'short' }));
    expect(short.sections).toEqual(full.sections.filter((key) => key !== 'awards' && key !== 'projects'));
    expect(short.titles.length).toBeLessThan(full.titles.length);
  });
});
