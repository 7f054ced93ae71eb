import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_ORDER } from '../../src/sections/registry';
import { runCli, tempDir } from '../helpers/cli';

// Every section the theme knows: the starter file has an example of each.
const SECTIONS = DEFAULT_ORDER;
const EXTENSION_FIELDS = ['venue', 'status', 'authors', 'links', 'doi', 'arxiv', 'award', 'type', 'selected', 'highlights'];

describe('scholar init', () => {
  it('writes a starter with every section, the research ones included, and the publication extension fields, which validates and renders', async () => {
    const dir = tempDir();
    const { code, stdout } = await runCli(['init'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toContain('Wrote resume.json');
    const file = join(dir, 'resume.json');
    const starter = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    for (const section of ['basics', ...SECTIONS]) expect(starter[section]).toBeDefined();
    const publications = starter.publications as Record<string, unknown>[];
    for (const field of EXTENSION_FIELDS) expect(publications.some((item) => field in item)).toBe(true);

    const validation = await runCli(['validate', '--json', file]);
    expect(validation.code).toBe(0);
    expect(JSON.parse(validation.stdout)).toMatchObject({ valid: true, errors: 0, warnings: 0 });

    const rendered = await runCli(['render', file]);
    expect(rendered.code).toBe(0);
    for (const section of SECTIONS) expect(rendered.stdout).toContain(`id="${section}"`);
    expect(rendered.stdout).toContain('Alex Morgan');
  });

  it('refuses to overwrite an existing file unless --force', async () => {
    const file = join(tempDir(), 'cv.json');
    writeFileSync(file, '{"basics":{"name":"Keep Me"}}');
    const refused = await runCli(['init', file]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${file}: already exists`);
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(file, 'utf8')).toContain('Keep Me');

    const forced = await runCli(['init', file, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toContain('Keep Me');
  });

  it('prints the starter to stdout with "-"', async () => {
    const { code, stdout } = await runCli(['init', '-']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveProperty('publications');
  });
});
