// dist/ is built with precompiled JSX (scripts/precompile-jsx.ts); the tests elsewhere render the
// sources through the ordinary JSX transform. The two must write the same bytes for any input, so
// everything the hostile-input suite proves of the sources holds for what users load.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { render as sourceRender } from '../helpers/untypedRender';
import { maximalResumes, OPTION_VARIANTS } from '../helpers/hostile/allowed';
import { hostileOptions, hostileResume } from '../helpers/hostile/arbitraries';
import { XSS_PAYLOADS } from '../helpers/hostile/corpus';
import { runs } from '../helpers/hostile/settings';
import { BUILT_CJS, builtTheme } from '../helpers/built';

const distPath = BUILT_CJS;
const dist = builtTheme();

describe('precompiled JSX in dist/', () => {
  it('is in effect: the static HTML of an entry is a template string in the bundle', () => {
    const bundle = readFileSync(distPath, 'utf8');
    expect(bundle).toContain('<details class="abstract screen-only"><summary>');
  });

  it('writes the same bytes as the sources for every maximal resume and option set', () => {
    for (const resume of maximalResumes()) {
      for (const options of OPTION_VARIANTS) expect(dist.render(resume, options)).toBe(sourceRender(resume, options));
    }
  });

  it('parses emphasis beside ASCII and other punctuation as the sources do (markdown-it is rewritten in dist/)', () => {
    const texts = [
      '—*a*— “*b*” ¡*c*! *d*€ (*e*) x*y*z',
      "_f_. **g**'s «__h__» ~*i*~ 1*2*3",
      '*j* *k*。 *ľ*ž _m_‐n',
      'snake_case_name, a * b * c, __init__ and *x *y',
    ];
    for (const summary of texts) {
      const resume = { basics: { name: 'A', summary }, work: [{ name: 'B', highlights: [summary] }] };
      expect(dist.render(resume)).toBe(sourceRender(resume));
      expect(dist.render(resume)).toMatch(/<(?:em|strong)>/);
    }
  });

  it('escapes attack strings the same way in every field', () => {
    for (const payload of XSS_PAYLOADS) {
      const resume = {
        basics: {
          name: payload,
          label: payload,
          summary: payload,
          url: payload,
          image: payload,
          profiles: [{ network: payload, url: payload }],
        },
        work: [{ name: payload, position: payload, url: payload, summary: payload, highlights: [payload], startDate: payload }],
        publications: [
          {
            name: payload,
            authors: [payload],
            venue: payload,
            status: payload,
            links: [{ label: payload, url: payload }],
            summary: payload,
          },
        ],
        skills: [{ name: payload, level: payload, keywords: [payload] }],
      };
      expect(dist.render(resume)).toBe(sourceRender(resume));
    }
  });

  it('writes the same bytes for generated hostile resumes and options', () => {
    fc.assert(
      fc.property(hostileResume, hostileOptions, (resume, options) => {
        expect(dist.render(resume, options as never)).toBe(sourceRender(resume, options as never));
      }),
      runs(500),
    );
  });
});
