// The resumes the end-to-end checks run on: the research CV, JSON Resume's official sample, the
// fixture that fills every field of every section, and one made of words too long for any line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** The two the clients run (the brief's pair). */
export const SAMPLES = [
  { name: 'sample CV', slug: 'sample-cv', resume: readJson(join(root, 'sample-resume.json')) },
  { name: 'official sample', slug: 'official', resume: readJson(require.resolve('@jsonresume/schema/sample.resume.json')) },
] as const;

const word = 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(3);
const url = `https://example.org/${'a'.repeat(150)}`;

/** Every text field a long unbroken word, every link a long URL: what pushes a layout sideways. */
const longWords = {
  basics: {
    name: word, label: word, email: `${'x'.repeat(70)}@example.org`, url, summary: `See ${url} and [${word}](${url})`,
    location: { city: word }, profiles: [{ network: word, username: word, url }],
  },
  education: [{ institution: word, area: word, studyType: word, courses: [word], score: word, startDate: '2019' }],
  publications: [{ name: word, venue: word, status: word, authors: [word, word], links: [{ label: word, url }], doi: `10.1234/${'b'.repeat(90)}`, releaseDate: '2020' }],
  work: [{ name: word, position: word, url, startDate: '2020-01', summary: word, highlights: [word, `link ${url}`], keywords: [word] }],
  projects: [{ name: word, url, description: word, highlights: [word], keywords: [word], roles: [word], entity: word, type: word }],
  awards: [{ title: word, awarder: word, summary: word, date: '2020' }],
  certificates: [{ name: word, issuer: word, url }],
  volunteer: [{ organization: word, position: word, url, summary: word, highlights: [word] }],
  skills: [{ name: word, level: word, keywords: [word] }],
  languages: [{ language: word, fluency: word }],
  interests: [{ name: word, keywords: [word] }],
  references: [{ name: word, reference: word }],
};

const realResume = (file: string) => readJson(join(root, 'test/fixtures/real-resumes', file));

/** What the browser and edge checks run: the samples, and real resumes with sections of their own. */
export const PAGES = [
  ...SAMPLES,
  { name: 'every-field fixture', slug: 'every-field', resume: readJson(join(root, 'test/fixtures/every-field.json')) },
  // visiting, internships, reviewing, academic_service (groups of one-line entries)
  { name: 'real resume with research lists of its own', slug: 'real-research', resume: realResume('StevenDillmann-StevenDillmann.github.io.json') },
  // no basics: name and contact at the top level; work_experience, co_curricular_activities
  { name: 'real resume without basics', slug: 'real-headerless', resume: realResume('01QJ10-01QJ10.github.io.json') },
  // memberships, researchCourses; short lines shown inline
  { name: 'real resume with lists of its own', slug: 'real-lists', resume: realResume('JanKren-JanKren.github.io.json') },
  // Japanese; nested sections with inline HTML
  { name: 'real resume in Japanese, in sections of its own', slug: 'real-japanese', resume: realResume('KilianKoch-KilianKoch.github.io.json') },
] as const;

export const LONG_WORDS = { name: 'long unbroken words', slug: 'long-words', resume: longWords as unknown };
