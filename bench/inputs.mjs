// The inputs every benchmark renders. sample-resume.json is rendered as it is (elegant cannot: it
// needs basics.profiles) and with two profiles. The research CV is a real one that every peer renders
// (from test/fixtures/real-resumes). The large ones are clean resumes that every peer renders (elegant
// needs basics.location and basics.profiles): 1,000 publications and 400 jobs, and as many entries
// all publications (this theme's costliest entry, and elegant's cheapest), and those publications
// with 15 to 25 authors each, as papers in physics, genomics or large machine-learning projects have
// (elegant writes no author lists). `large`: fewer rounds; `cold`: also timed in fresh processes.
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateResume } from './generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const readJson = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));

export const LARGE = { publications: 1000, jobs: 400 };

/** The resume with two profiles, so that elegant renders it: a research CV in the standard sections only. */
function withProfiles(resume) {
  const profiles = [
    { network: 'GitHub', username: 'thwu', url: 'https://github.com/thwu' },
    { network: 'Google Scholar', url: 'https://scholar.google.com/citations?user=abc' },
  ];
  return { ...resume, basics: { ...resume.basics, profiles } };
}

export const INPUTS = [
  {
    name: 'official',
    label: 'official sample',
    cold: true,
    resume: () => readJson('node_modules/@jsonresume/schema/sample.resume.json'),
  },
  { name: 'sample', label: 'sample-resume.json', resume: () => readJson('sample-resume.json') },
  {
    name: 'sample-profiles',
    label: 'sample-resume.json with two profiles',
    resume: () => withProfiles(readJson('sample-resume.json')),
  },
  {
    name: 'research',
    label: 'a real research CV (AlexanderPico-icv.json)',
    resume: () => readJson('test/fixtures/real-resumes/AlexanderPico-icv.json'),
  },
  { name: 'large', label: '1,000 publications + 400 jobs', large: true, cold: true, resume: () => generateResume(LARGE) },
  {
    name: 'publications',
    label: '1,400 publications',
    large: true,
    resume: () => generateResume({ publications: LARGE.publications + LARGE.jobs, jobs: 0 }),
  },
  {
    name: 'many-authors',
    label: '1,400 publications with 15 to 25 authors',
    large: true,
    resume: () => generateResume({ publications: LARGE.publications + LARGE.jobs, jobs: 0, authors: [15, 25] }),
  },
];

/** The input of that name, or a resume file given by its path (ending in .json). */
export function inputNamed(name) {
  const input = INPUTS.find((candidate) => candidate.name === name);
  if (input) return input;
  if (!name.endsWith('.json'))
    throw new Error(`bench: no input named ${name}: ${INPUTS.map((candidate) => candidate.name).join(', ')}, or a .json file`);
  const path = resolve(name);
  return { name: path, label: basename(path), large: false, resume: () => JSON.parse(readFileSync(path, 'utf8')) };
}
