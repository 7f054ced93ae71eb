// The same input gives the same bytes whatever the machine's time zone, locale or clock, from the
// CommonJS and the ESM build alike, and whatever was rendered before.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { render } from '../helpers/untypedRender';
import { hostileOptions, hostileResume } from '../helpers/hostile/arbitraries';
import { maximalResumes, OPTION_VARIANTS } from '../helpers/hostile/allowed';
import { runs, SEED } from '../helpers/hostile/settings';
import { ROOT } from '../helpers/paths';

const CHILD = join(ROOT, 'test', 'helpers', 'hostile', 'render-in-child.cjs');
const FAKE_CLOCK = join(ROOT, 'test', 'helpers', 'hostile', 'fake-clock.cjs');

const edgeDates = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'edge-dates.json'), 'utf8')) as unknown;
const generated = fc.sample(fc.tuple(hostileResume, hostileOptions), { seed: SEED, numRuns: 40 });
const CASES = [
  ...[...maximalResumes(), edgeDates].flatMap((resume) => OPTION_VARIANTS.map((options) => ({ resume, options }))),
  ...generated.map(([resume, options]) => ({ resume, options })),
];

const ENVIRONMENTS: Record<string, string>[] = [
  { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' },
  { TZ: 'America/Los_Angeles', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' },
  { TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' },
  { TZ: 'Pacific/Pago_Pago', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
  { TZ: 'Asia/Kathmandu', LANG: 'ar_SA.UTF-8', LC_ALL: 'ar_SA.UTF-8' },
  { TZ: 'Australia/Lord_Howe', LANG: 'ja_JP.UTF-8', LC_ALL: 'ja_JP.UTF-8', LANGUAGE: 'ja' },
];

function hashesIn(env: Record<string, string>, entry: string, nodeArgs: string[] = []): string[] {
  const casesFile = join(mkdtempSync(join(tmpdir(), 'scholar-determinism-')), 'cases.json');
  // JSON drops undefined options, as the child reads them back: render from the same JSON here.
  writeFileSync(casesFile, JSON.stringify(CASES));
  const { PATH, HOME } = process.env;
  const output = execFileSync(process.execPath, [...nodeArgs, CHILD, casesFile, join(ROOT, entry)], {
    env: { PATH, HOME, ...env },
    encoding: 'utf8',
  });
  return JSON.parse(output) as string[];
}

describe('the built theme renders the same bytes', () => {
  const reference = hashesIn(ENVIRONMENTS[0] ?? {}, 'dist/index.cjs');

  it(`for ${CASES.length} resumes and option sets`, () => {
    expect(reference).toHaveLength(CASES.length);
    expect(new Set(reference).size).toBeGreaterThan(CASES.length / 2);
  });

  it.each(ENVIRONMENTS.slice(1).map((env) => [`TZ=${env.TZ} LC_ALL=${env.LC_ALL}`, env]))('under %s', (_name, env) => {
    expect(hashesIn(env, 'dist/index.cjs')).toEqual(reference);
  });

  it('with a clock stopped in 1999 and a fixed Math.random', () => {
    expect(hashesIn(ENVIRONMENTS[2] ?? {}, 'dist/index.cjs', ['--require', FAKE_CLOCK])).toEqual(reference);
  });

  it('from the ESM build', () => {
    expect(hashesIn(ENVIRONMENTS[3] ?? {}, 'dist/index.mjs')).toEqual(reference);
  });
});

describe('render() keeps no state between calls', () => {
  it('renders a resume the same after rendering others with other options', () => {
    fc.assert(
      fc.property(hostileResume, hostileResume, hostileOptions, (first, other, options) => {
        const before = render(first);
        render(other, options as never);
        expect(render(first)).toBe(before);
      }),
      runs(200),
    );
  });
});
