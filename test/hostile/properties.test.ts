// Property: whatever JSON a stranger sends, render() returns a page that parses cleanly, holds only
// the theme's own markup and safe URLs, and never prints undefined, NaN or [object Object].
import fc from 'fast-check';
import { render } from '../helpers/untypedRender';
import { validate } from '../../src/schema/validate';
import { allowedMarkup } from '../helpers/hostile/allowed';
import { hostileResume } from '../helpers/hostile/arbitraries';
import { pageProblems } from '../helpers/hostile/page';
import { runs } from '../helpers/hostile/settings';

const allowed = allowedMarkup();

function expectSafePage(resume: unknown, options?: unknown, parseErrors = false): void {
  const problems = pageProblems(render(resume, options as never), allowed, { parseErrors });
  if (problems.length) throw new Error(problems.slice(0, 5).join('\n'));
}

describe('render() on generated resumes', () => {
  it('hostile resumes: wrong types, attack strings, missing and empty sections, huge text', () => {
    fc.assert(
      fc.property(hostileResume, (resume) => expectSafePage(resume)),
      runs(2000),
    );
  });

  it('hostile resumes parse without a single structural HTML error', () => {
    fc.assert(
      fc.property(hostileResume, (resume) => expectSafePage(resume, undefined, true)),
      runs(300),
    );
  });

  it('never changes the resume it is given', () => {
    fc.assert(
      fc.property(hostileResume, (resume) => {
        const before = JSON.stringify(resume);
        render(resume);
        validate(resume);
        expect(JSON.stringify(resume)).toBe(before);
      }),
      runs(300),
    );
  });
});
