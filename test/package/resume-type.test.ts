// The exported `Resume` type is generated from schema.json at build time (scripts/resume-type.mjs,
// json-schema-to-typescript), so a section or field the schema gains is in the type with no other edit.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths';

const schema = JSON.parse(readFileSync(join(ROOT, 'schema.json'), 'utf8')) as { properties: Record<string, unknown> };

/** The top-level fields of `interface Resume` in a declaration file (one tab or two spaces deep). */
function resumeFields(source: string): string[] {
  const body = /^export interface Resume \{\n([\s\S]*?)^\}/m.exec(source)?.[1] ?? '';
  return [...body.matchAll(/^(?:\t| {2})([$\w]+)\?:/gm)].map((match) => match[1] ?? '');
}

function generate(script: string): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
}

describe('the Resume type', () => {
  it('has every top-level field of schema.json, in the shipped declarations for import and require alike', () => {
    const fields = Object.keys(schema.properties);
    expect(fields).toEqual(expect.arrayContaining(['basics', 'work', 'publications', 'meta']));
    for (const file of ['dist/index.d.mts', 'dist/index.d.cts'])
      expect(resumeFields(readFileSync(join(ROOT, file), 'utf8'))).toEqual(fields);
  });

  it('is what the generator makes of schema.json now (src/generated/resume.ts is not edited by hand)', () => {
    const fresh = generate(`
      import { readFileSync } from 'node:fs';
      import { resumeTypeSource } from './scripts/resume-type.mjs';
      process.stdout.write(await resumeTypeSource(JSON.parse(readFileSync('schema.json', 'utf8'))));`);
    expect(fresh).toBe(readFileSync(join(ROOT, 'src/generated/resume.ts'), 'utf8'));
  });

  it('gains a section added to the schema, with its fields and their descriptions', () => {
    const grown = generate(`
      import { readFileSync } from 'node:fs';
      import { resumeTypeSource } from './scripts/resume-type.mjs';
      const schema = JSON.parse(readFileSync('schema.json', 'utf8'));
      const exhibitions = { type: 'array', items: { type: 'object', properties: { title: { type: 'string', description: 'The exhibition title.' }, date: { $ref: '#/definitions/iso8601' } } } };
      process.stdout.write(await resumeTypeSource({ ...schema, properties: { ...schema.properties, exhibitions } }));`);
    expect(resumeFields(grown)).toEqual([...Object.keys(schema.properties), 'exhibitions']);
    expect(grown).toMatch(/exhibitions\?: \{\n\s+\/\*\*\n\s+\* The exhibition title\.\n\s+\*\/\n\s+title\?: string;\n\s+date\?: Iso8601;/);
  });
});
