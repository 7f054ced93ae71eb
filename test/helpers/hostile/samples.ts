// The official JSON Resume sample and the examples shipped with @jsonresume/schema.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const SCHEMA_PACKAGE = dirname(require.resolve('@jsonresume/schema/package.json'));

export function officialResumes(): { name: string; resume: Record<string, unknown> }[] {
  const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const examples = join(SCHEMA_PACKAGE, 'examples');
  return [
    { name: 'sample.resume.json', resume: read(join(SCHEMA_PACKAGE, 'sample.resume.json')) },
    ...readdirSync(examples)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((file) => ({ name: `examples/${file}`, resume: read(join(examples, file)) })),
  ];
}
