// The JSON Resume registry's gate, on the built package: the registry imports a theme with import(),
// takes `mod.render`, else `mod.default.render`, and calls it synchronously with the resume alone
// (apps/registry/lib/formatters/template/getTheme.js and format.js). Its theme-render gate
// (packages/theme-kit/src/qa.js) then rejects raw artifacts and checks each section by sentinel strings
// of its complete fixture (test/fixtures/registry/, copied unchanged; see the README there).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths';

const FIXTURE = join(ROOT, 'test/fixtures/registry/complete-resume.json');

// From packages/theme-kit/src/qa.js: a section is shown when any of its sentinels is on the page.
const SECTION_SENTINELS: Record<string, string[]> = {
  basics: ['Jane Developer', 'Full Stack Software Engineer'],
  work: ['Senior Software Engineer', 'microservices architecture serving'],
  volunteer: ['Code for America', 'Volunteer Software Engineer', 'benefits eligibility screener'],
  education: ['University of California, Berkeley', 'Bachelor of Science', 'Computer Science'],
  awards: ['Top Contributor Award', 'top contributor to open source'],
  certificates: ['AWS Certified Solutions Architect', 'Amazon Web Services', 'Certified Kubernetes Administrator'],
  publications: ['Scaling Microservices Without Losing Your Mind', 'ACM Queue'],
  skills: ['PostgreSQL'],
  languages: ['Spanish', 'Professional working proficiency', 'Native speaker'],
  interests: ['Community Building', 'Web Performance'],
  references: ['Sarah Johnson, Founder at StartupXYZ', 'exceptional engineer who consistently', 'Working with Jane was a pleasure'],
  projects: ['Open Source UI Library', '5,000+ GitHub stars'],
};

// The same file's raw render artifacts.
const ARTIFACTS: [string, (html: string) => boolean][] = [
  ['[object Object]', (html) => html.includes('[object Object]')],
  ['undefined', (html) => /\bundefined\b/.test(html)],
  ['NaN', (html) => /\bNaN\b/.test(html)],
];

// Runs as an ES module in a fresh Node process, importing the package by name as the registry does.
const REGISTRY_LOAD = `
  import { readFileSync } from 'node:fs';
  const resolveRenderable = (mod) => {
    if (mod && typeof mod.render === 'function') return mod;
    if (mod?.default && typeof mod.default.render === 'function') return mod.default;
    return mod?.default ?? mod;
  };
  const mod = await import('jsonresume-theme-scholar');
  const theme = resolveRenderable(mod);
  // format.js first turns Date values into strings (normalizeDates); the fixture has none.
  const resume = JSON.parse(readFileSync(process.argv[1], 'utf8'));
  const html = theme.render(resume);
  process.stdout.write(JSON.stringify({
    file: import.meta.resolve('jsonresume-theme-scholar'),
    usedNamedRender: theme === mod,
    isString: typeof html === 'string',
    html: String(html),
    defaultHtml: mod.default.render(resume),
  }));`;

interface RegistryRender {
  file: string;
  usedNamedRender: boolean;
  isString: boolean;
  html: string;
  defaultHtml: string;
}

describe("the JSON Resume registry's load path and theme-render gate", () => {
  const result = JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', REGISTRY_LOAD, FIXTURE], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 16 << 20,
    }),
  ) as RegistryRender;

  it('loads dist/index.mjs and renders synchronously to a string, through render and default.render alike', () => {
    expect(result.file.endsWith('/dist/index.mjs')).toBe(true);
    expect(result.usedNamedRender).toBe(true);
    expect(result.isString).toBe(true);
    expect(result.html.startsWith('<!doctype html>')).toBe(true);
    expect(result.defaultHtml).toBe(result.html);
  });

  it('has no [object Object], undefined or NaN anywhere in the HTML', () => {
    expect(ARTIFACTS.filter(([, found]) => found(result.html)).map(([label]) => label)).toEqual([]);
  });

  it('shows all twelve standard sections of the complete fixture, basics included', () => {
    const missing = Object.entries(SECTION_SENTINELS)
      .filter(([, sentinels]) => !sentinels.some((sentinel) => result.html.includes(sentinel)))
      .map(([section]) => section);
    expect(Object.keys(SECTION_SENTINELS)).toHaveLength(12);
    expect(missing).toEqual([]);
  });
});
