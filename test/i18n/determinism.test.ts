// Months and numbers come from Intl, which also reads the machine's time zone and locale: the built
// theme must write the same bytes in every locale whatever those are.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SUPPORTED_LOCALES } from '../../src/i18n';
import { ROOT } from '../helpers/paths';

const CHILD = join(ROOT, 'test', 'helpers', 'hostile', 'render-in-child.cjs');
const sample = JSON.parse(readFileSync(join(ROOT, 'sample-resume.json'), 'utf8')) as object;
const edgeDates = JSON.parse(readFileSync(join(ROOT, 'test', 'hostile', 'fixtures', 'edge-dates.json'), 'utf8')) as object;
const TAGS = [...SUPPORTED_LOCALES, 'pt-BR', 'pt-PT', 'de-AT', 'zh-TW', 'ar-SA', 'fa-IR', 'th'];
const CASES = [sample, edgeDates].flatMap((resume) => TAGS.map((locale) => ({ resume, options: { locale } })));

const ENVIRONMENTS: Record<string, string>[] = [
  { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' },
  { TZ: 'Pacific/Kiritimati', LANG: 'fa_IR.UTF-8', LC_ALL: 'fa_IR.UTF-8', LANGUAGE: 'fa' },
  { TZ: 'America/Los_Angeles', LANG: 'th_TH.UTF-8', LC_ALL: 'th_TH.UTF-8' },
  { TZ: 'Pacific/Pago_Pago', LANG: 'ar_SA.UTF-8', LC_ALL: 'ar_SA.UTF-8' },
];

function hashesIn(env: Record<string, string>): string[] {
  const casesFile = join(mkdtempSync(join(tmpdir(), 'scholar-i18n-')), 'cases.json');
  writeFileSync(casesFile, JSON.stringify(CASES));
  const { PATH, HOME } = process.env;
  const output = execFileSync(process.execPath, [CHILD, casesFile, join(ROOT, 'dist', 'index.cjs')], {
    env: { PATH, HOME, ...env },
    encoding: 'utf8',
  });
  return JSON.parse(output) as string[];
}

describe(`the built theme in ${TAGS.length} locales`, () => {
  const reference = hashesIn(ENVIRONMENTS[0] ?? {});

  it('writes a different page for each language', () => {
    expect(new Set(reference).size).toBeGreaterThan(CASES.length * 0.8);
  });

  it.each(ENVIRONMENTS.slice(1).map((env) => [`TZ=${env.TZ} LC_ALL=${env.LC_ALL}`, env]))(
    'writes the same bytes under %s',
    (_name, env) => {
      expect(hashesIn(env)).toEqual(reference);
    },
  );
});
