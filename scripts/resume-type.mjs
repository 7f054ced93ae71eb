// Build step: the `Resume` type, generated from schema.json (the standard JSON Resume schema merged
// with the research extension) by json-schema-to-typescript, so it follows every field the schema
// gains. Written to src/generated/resume.ts, which index.ts re-exports.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const RESUME_TYPE_FILE = join(root, 'src/generated/resume.ts');

const BANNER = '// Generated from schema.json by scripts/resume-type.mjs (json-schema-to-typescript). Do not edit.';

export async function resumeTypeSource(schema) {
  // The schema's title names the root type; `Resume` is the name users import.
  return compile({ ...schema, title: 'Resume' }, 'Resume', {
    bannerComment: BANNER,
    // Items of the standard schema allow extra fields; the type says so as `[k: string]: unknown`.
    additionalProperties: true,
    // The schema has no remote references; nothing may be fetched at build time.
    $refOptions: { resolve: { external: false } },
    style: { singleQuote: true, printWidth: 120 },
  });
}

export async function writeResumeType() {
  const schema = JSON.parse(await readFile(join(root, 'schema.json'), 'utf8'));
  await mkdir(dirname(RESUME_TYPE_FILE), { recursive: true });
  await writeFile(RESUME_TYPE_FILE, await resumeTypeSource(schema));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await writeResumeType();
