// Property: whatever JSON a stranger sends, render() returns a page that parses cleanly, holds only
// the theme's own markup and safe URLs, and never prints undefined, NaN or [object Object].
import fc from 'fast-check';
import { render } from '../../index';
import { validate } from '../../src/schema/validate';
import { allowedMarkup } from './support/allowed';
import { hostileOptions, hostileResume, longWord, validResume } from './support/arbitraries';
import { pageProblems } from './support/page';
import { runs } from './support/settings';

const allowed = allowedMarkup();

function expectSafePage(resume: unknown, options?: unknown, parseErrors = false): void {
  const problems = pageProblems(render(resume, options as never), allowed, { parseErrors });
  if (problems.length) throw new Error(problems.slice(0, 5).join('\n'));
}

describe('render() on generated resumes', () => {
  it('hostile resumes: wrong types, attack strings, missing and empty sections, huge text', () => {
    fc.assert(fc.property(hostileResume, (resume) => expectSafePage(resume)), runs(2000));
  });

  it('hostile resumes parse without a single structural HTML error', () => {
    fc.assert(fc.property(hostileResume, (resume) => expectSafePage(resume, undefined, true)), runs(300));
  });

  it('very large resumes: huge strings, long unbroken words, long lists', () => {
    const huge = fc.record({
      basics: fc.record({ name: longWord(20000), summary: longWord(20000) }),
      work: fc.array(fc.record({ name: longWord(2000), highlights: fc.array(longWord(5000), { maxLength: 20 }) }), { maxLength: 50 }),
      publications: fc.array(fc.record({ name: longWord(500), authors: fc.array(longWord(100), { maxLength: 200 }) }), { maxLength: 100 }),
    });
    fc.assert(fc.property(huge, (resume) => expectSafePage(resume)), runs(15));
  });

  it('hostile resumes with hostile render options', () => {
    fc.assert(fc.property(hostileResume, hostileOptions, (resume, options) => expectSafePage(resume, options)), runs(500));
  });

  it('valid resumes, each with a random option set', () => {
    fc.assert(fc.property(validResume, hostileOptions, (resume, options) => expectSafePage(resume, options)), runs(500));
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

/** True when the pointer names a value in the resume, or a missing field of an object in it. */
function pointsIntoResume(resume: unknown, pointer: string): boolean {
  if (pointer === '') return true;
  if (!pointer.startsWith('/')) return false;
  let value = resume;
  const keys = pointer.slice(1).split('/').map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'));
  for (const [index, key] of keys.entries()) {
    if (typeof value !== 'object' || value === null) return false;
    const container = value as Record<string, unknown>;
    if (!Object.prototype.hasOwnProperty.call(container, key)) return index === keys.length - 1 && !Array.isArray(value);
    value = container[key];
  }
  return true;
}

describe('validate() on generated resumes', () => {
  it('returns problems with JSON-pointer paths that exist, and never throws', () => {
    fc.assert(
      fc.property(hostileResume, (resume) => {
        const malformed = validate(resume).filter(
          (problem) =>
            !pointsIntoResume(resume, problem.path) ||
            !['error', 'warning'].includes(problem.severity) ||
            !problem.message ||
            /undefined|NaN|\[object Object\]/.test(problem.message),
        );
        expect(malformed).toEqual([]);
      }),
      runs(1000),
    );
  });

  it('finds no schema error in generated valid resumes', () => {
    fc.assert(
      fc.property(validResume, (resume) => {
        expect(validate(resume).filter((problem) => problem.severity === 'error')).toEqual([]);
      }),
      runs(500),
    );
  });
});
