// The two resumes every end-to-end check runs on: the research CV and JSON Resume's official sample.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export const SAMPLES = [
  { name: 'sample CV', slug: 'sample-cv', resume: readJson(join(root, 'sample-resume.json')) },
  { name: 'official sample', slug: 'official', resume: readJson(require.resolve('@jsonresume/schema/sample.resume.json')) },
] as const;
