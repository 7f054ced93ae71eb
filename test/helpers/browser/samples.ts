// The resumes the end-to-end checks run on: the research CV, JSON Resume's official sample, the
// fixture that fills every field of every section, a right-to-left CV, one in many scripts, and one
// made of words too long for any line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../paths';

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** The two that resumed and resume-cli render in the client tests: the research CV and the official sample. */
export const SAMPLES = [
  { name: 'sample CV', slug: 'sample-cv', resume: readJson(join(ROOT, 'sample-resume.json')) },
  { name: 'official sample', slug: 'official', resume: readJson(require.resolve('@jsonresume/schema/sample.resume.json')) },
] as const;

const word = 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(3);
const url = `https://example.org/${'a'.repeat(150)}`;

/** Every text field a long unbroken word, every link a long URL: what pushes a layout sideways. */
const longWords = {
  basics: {
    name: word,
    label: word,
    email: `${'x'.repeat(70)}@example.org`,
    url,
    summary: `See ${url} and [${word}](${url})`,
    location: { city: word },
    profiles: [{ network: word, username: word, url }],
  },
  education: [{ institution: word, area: word, studyType: word, courses: [word], score: word, startDate: '2019' }],
  publications: [
    {
      name: word,
      venue: word,
      status: word,
      authors: [word, word],
      links: [{ label: word, url }],
      doi: `10.1234/${'b'.repeat(90)}`,
      releaseDate: '2020',
    },
  ],
  work: [{ name: word, position: word, url, startDate: '2020-01', summary: word, highlights: [word, `link ${url}`], keywords: [word] }],
  projects: [{ name: word, url, description: word, highlights: [word], keywords: [word], roles: [word], entity: word, type: word }],
  awards: [{ title: word, awarder: word, summary: word, date: '2020' }],
  certificates: [{ name: word, issuer: word, url }],
  volunteer: [{ organization: word, position: word, url, summary: word, highlights: [word] }],
  skills: [{ name: word, level: word, keywords: [word] }],
  languages: [{ language: word, fluency: word }],
  interests: [{ name: word, keywords: [word] }],
  references: [{ name: word, reference: word }],
  talks: [{ name: word, event: word, location: word, type: word, date: '2021', links: [{ label: word, url }] }],
  teaching: [{ course: word, code: word, institution: word, role: word, terms: [word] }],
  grants: [{ name: word, funder: word, role: word, amount: word, status: word, startDate: '2020' }],
  mentoring: [{ name: word, degree: word, topic: word, outcome: word }],
  service: [{ role: word, organization: word, highlights: [word] }],
  patents: [{ name: word, number: word, office: word, status: word, inventors: [word, word] }],
  work_positions: [{ employer: word, positions: [{ title: word, startDate: '2020', highlights: [word] }], [word]: word }],
};

/** A Persian research CV with English paper titles, venues, DOIs and a phone number: right to left. */
export const RTL_PAGE = {
  name: 'Persian CV (right to left)',
  slug: 'rtl-fa',
  resume: readJson(join(ROOT, 'test/fixtures/rtl-fa.json')),
} as const;
/** Names, titles and venues in Chinese, Japanese, Korean, Cyrillic, Arabic, Hebrew and Devanagari. */
export const MIXED_SCRIPTS_PAGE = {
  name: 'mixed-script CV',
  slug: 'mixed-scripts',
  resume: readJson(join(ROOT, 'test/fixtures/mixed-scripts.json')),
} as const;

const realResume = (file: string) => readJson(join(ROOT, 'test/fixtures/real-resumes', file));

/** What the browser and edge checks run: the samples, fixtures, and real resumes with sections of their own. */
export const PAGES = [
  ...SAMPLES,
  { name: 'every-field fixture', slug: 'every-field', resume: readJson(join(ROOT, 'test/fixtures/every-field.json')) },
  {
    name: 'research sections, both forms, and sections of its own',
    slug: 'research-sections',
    resume: readJson(join(ROOT, 'test/fixtures/research-sections.json')),
  },
  RTL_PAGE,
  MIXED_SCRIPTS_PAGE,
  // visiting, internships, reviewing, academic_service (groups of one-line entries)
  {
    name: 'real resume with research lists of its own',
    slug: 'real-research',
    resume: realResume('StevenDillmann-StevenDillmann.github.io.json'),
  },
  // no basics: name and contact at the top level; work_experience, co_curricular_activities
  { name: 'real resume without basics', slug: 'real-headerless', resume: realResume('01QJ10-01QJ10.github.io.json') },
  // memberships, researchCourses; short lines shown inline
  { name: 'real resume with lists of its own', slug: 'real-lists', resume: realResume('JanKren-JanKren.github.io.json') },
  // Japanese; nested sections with inline HTML
  {
    name: 'real resume in Japanese, in sections of its own',
    slug: 'real-japanese',
    resume: realResume('KilianKoch-KilianKoch.github.io.json'),
  },
] as const;

export const LONG_WORDS = { name: 'long unbroken words', slug: 'long-words', resume: longWords as unknown };
