// Property: render options (from meta.themeOptions or the second argument), valid resumes and very
// large ones meet the same rules as in properties.test.ts.
import fc from 'fast-check';
import { render } from '../helpers/untypedRender';
import { allowedMarkup } from '../helpers/hostile/allowed';
import { pageProblems } from '../helpers/hostile/page';
import { hostileOptions, hostileResume, longWord, validResume } from '../helpers/hostile/arbitraries';
import { runs } from '../helpers/hostile/settings';

const allowed = allowedMarkup();

function expectSafePage(resume: unknown, options?: unknown): void {
  const problems = pageProblems(render(resume, options as never), allowed);
  if (problems.length) throw new Error(problems.slice(0, 5).join('\n'));
}

describe('render() with generated options and sizes', () => {
  it('hostile resumes with hostile render options', () => {
    fc.assert(
      fc.property(hostileResume, hostileOptions, (resume, options) => expectSafePage(resume, options)),
      runs(500),
    );
  });

  it('valid resumes, each with a random option set', () => {
    fc.assert(
      fc.property(validResume, hostileOptions, (resume, options) => expectSafePage(resume, options)),
      runs(500),
    );
  });

  it('very large resumes: huge strings, long unbroken words, long lists', () => {
    const huge = fc.record({
      basics: fc.record({ name: longWord(20000), summary: longWord(20000) }),
      work: fc.array(fc.record({ name: longWord(2000), highlights: fc.array(longWord(5000), { maxLength: 20 }) }), { maxLength: 50 }),
      publications: fc.array(fc.record({ name: longWord(500), authors: fc.array(longWord(100), { maxLength: 200 }) }), { maxLength: 100 }),
    });
    fc.assert(
      fc.property(huge, (resume) => expectSafePage(resume)),
      runs(10),
    );
  });
});
