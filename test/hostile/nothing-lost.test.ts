// Every non-empty string of the official samples, the research CV and generated valid resumes is
// on the page, apart from the exclusions documented in support/leaves.ts.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '../../index';
import { parseHtml } from '../helpers/html';
import { validResume } from '../helpers/hostile/arbitraries';
import { leaves, lostLeaves } from '../helpers/hostile/leaves';
import { officialResumes } from '../helpers/hostile/samples';
import { runs } from '../helpers/hostile/settings';

const read = (path: string) => JSON.parse(readFileSync(join(__dirname, '..', '..', path), 'utf8')) as Record<string, unknown>;

const FIXED: { name: string; resume: Record<string, unknown> }[] = [
  ...officialResumes(),
  { name: 'sample-resume.json', resume: read('sample-resume.json') },
  { name: 'test/fixtures/every-field.json', resume: read('test/fixtures/every-field.json') },
  { name: 'test/fixtures/research-sections.json', resume: read('test/fixtures/research-sections.json') },
  { name: 'test/hostile/fixtures/maximal.json', resume: read('test/hostile/fixtures/maximal.json') },
];

describe.each(FIXED)('$name', ({ resume }) => {
  it('has every string on the page', () => {
    expect(lostLeaves(resume, parseHtml(render(resume)))).toEqual([]);
  });

  it('has every string on the page when publications are grouped', () => {
    for (const groupPublications of ['type', 'year'] as const) {
      expect(lostLeaves(resume, parseHtml(render(resume, { groupPublications })))).toEqual([]);
    }
  });

  it('has every field on the page: each leaf replaced by a unique marker is found', () => {
    // The real values could be found by coincidence elsewhere in a section; a marker cannot.
    const marked = structuredClone(resume);
    const all = leaves(marked);
    all.forEach((leaf, index) => {
      const parent = leaf.keys.slice(0, -1).reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, marked);
      const key = leaf.keys[leaf.keys.length - 1] ?? '';
      if (typeof parent[key] === 'string' && !/Date$|^date$|url$|image$|email$/i.test(key))
        parent[key] = `${parent[key] as string} Mk${index}q`;
    });
    expect(lostLeaves(marked, parseHtml(render(marked)))).toEqual([]);
  });
});

describe('generated valid resumes', () => {
  it('have every string on the page', () => {
    fc.assert(
      fc.property(validResume, (resume) => {
        expect(lostLeaves(resume, parseHtml(render(resume)))).toEqual([]);
      }),
      runs(400),
    );
  });
});
