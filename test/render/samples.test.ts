// The official JSON Resume sample and the seed research CV render completely, and validate.
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import officialSample from '@jsonresume/schema/sample.resume.json';
import sampleCv from '../../sample-resume.json';
import { render } from '../../index';
import { parseHtml, textOf } from '../helpers/html';

// @jsonresume/schema is CommonJS without types.
const { validate: validateSchema } = createRequire(__filename)('@jsonresume/schema') as {
  validate: (resume: unknown, callback: (errors: unknown, valid: boolean) => void) => void;
};

function schemaErrors(resume: unknown): unknown {
  let result: unknown = 'not called';
  validateSchema(resume, (errors) => {
    result = errors;
  });
  return result;
}

describe('resume-schema', () => {
  it.each([
    ['sample-resume.json', sampleCv],
    ['the official sample', officialSample],
  ])('accepts %s', (_name, resume) => {
    expect(schemaErrors(resume)).toBeNull();
  });
});

describe('the official sample', () => {
  const text = textOf(parseHtml(render(officialSample)));

  it('shows every entry of every section', () => {
    const names: string[] = [
      ...officialSample.work.map((item) => item.name),
      ...officialSample.volunteer.map((item) => item.organization),
      ...officialSample.education.map((item) => item.institution),
      ...officialSample.awards.map((item) => item.title),
      ...officialSample.publications.map((item) => item.name),
      ...officialSample.skills.map((item) => item.name),
      ...officialSample.languages.map((item) => item.language),
      ...officialSample.interests.map((item) => item.name),
      ...officialSample.references.map((item) => item.name),
      ...officialSample.projects.map((item) => item.name),
      ...officialSample.basics.profiles.map((item) => item.username),
    ];
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) expect(text).toContain(name);
  });
});

describe('the research CV (sample-resume.json) is the seed CV', () => {
  const seedPath = join(__dirname, '../../../shared/seed/cv.txt');
  const text = textOf(parseHtml(render(sampleCv)));
  const plain = (value: string) =>
    value
      .replace(/<\/?[iu]>/g, '')
      .replace(/\*+/g, '')
      .replace(/\s+([,.])/g, '$1')
      .replace(/\s+/g, ' ')
      .trim();

  (existsSync(seedPath) ? it : it.skip)('shows every bullet of the seed', () => {
    const bullets = readFileSync(seedPath, 'utf8')
      .split('\n')
      .filter((line) => /^\s*[-–•]\s/.test(line))
      .map((line) => plain(line.replace(/^\s*[-–•]\s*/, '')));
    expect(bullets.length).toBe(27);
    const shown = plain(text);
    for (const bullet of bullets) expect(shown).toContain(bullet);
  });

  (existsSync(seedPath) ? it : it.skip)('has the venues and statuses of the seed, in order', () => {
    const seed = readFileSync(seedPath, 'utf8');
    const venues = [...seed.matchAll(/Accepted by \*?([A-Za-z]+ \d{4})/g)].map((match) => match[1]);
    expect(venues).toHaveLength(7);
    expect(sampleCv.publications.map((pub) => pub.venue).filter(Boolean)).toEqual(venues);
    const underReview = seed.match(/Under Review/g)?.length;
    expect(sampleCv.publications.filter((pub) => pub.status === 'Under Review')).toHaveLength(underReview ?? -1);
    expect(sampleCv.publications).toHaveLength(venues.length + (underReview ?? 0));
  });

  it('shows its education, awards, jobs and papers', () => {
    for (const pub of sampleCv.publications) expect(text).toContain(pub.name);
    for (const item of [
      'University of California, Berkeley',
      'Peking University',
      'Merit Student',
      'AI @ Meta',
      'Nexusflow',
      'TikTok',
      'Aug 2021 – Present',
    ]) {
      expect(text).toContain(item);
    }
  });
});
