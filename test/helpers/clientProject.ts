// A throwaway npm project holding the packed theme and the real JSON Resume command-line clients,
// installed from the npm registry the way a user would install them.
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_FLAGS } from './chromium';
import { ROOT } from './paths';

const execFileAsync = promisify(execFile);

/**
 * resume-cli is pinned: 3.7.3 depends on exactly @jsonresume/ats-validator@0.3.0, which the registry
 * does not serve, so `overrides` swaps in a local stand-in. resume-cli loads that package only for
 * `resume audit` (a lazy import), never for export; the stand-in throws if anything ever does load it.
 * The latest release is used rather than an older one because it is what `npm install resume-cli` gives.
 * resumed needs puppeteer as an optional peer, so it is installed beside it.
 */
export const CLIENT_SPECS = ['resume-cli@3.7.3', 'resumed@^6.1.0', 'puppeteer@^24'];

const ATS_STANDIN = {
  'package.json': JSON.stringify({ name: '@jsonresume/ats-validator', version: '0.3.0', type: 'module', main: 'index.js' }),
  'index.js': "throw new Error('@jsonresume/ats-validator stand-in: the real 0.3.0 is not on the registry');\n",
};

/** npm sets these for the `npm test` run; a nested npm must not inherit that project's context. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(npm_|INIT_CWD$)/i.test(key)) env[key] = value;
  }
  return { ...env, PUPPETEER_SKIP_DOWNLOAD: '1', NO_UPDATE_NOTIFIER: '1', FORCE_COLOR: '0', ...extra };
}

export async function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string>; timeoutMs?: number },
): Promise<string> {
  try {
    const { stdout } = await execFileAsync(command, args, {
      cwd: options.cwd,
      env: cleanEnv(options.env),
      timeout: options.timeoutMs ?? 120_000,
      maxBuffer: 16 << 20,
    });
    return stdout;
  } catch (error) {
    const failure = error as Error & { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed: ${failure.message}\n${failure.stdout ?? ''}\n${failure.stderr ?? ''}`, {
      cause: error,
    });
  }
}

/** `npm pack` of the repository as built; returns the tarball's path. */
export async function packTheme(destination: string): Promise<string> {
  const out = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], { cwd: ROOT });
  const [packed] = JSON.parse(out) as { filename: string }[];
  if (!packed) throw new Error(`npm pack printed no package: ${out}`);
  return join(destination, packed.filename);
}

export interface ClientProject {
  dir: string;
  resumeCli: string;
  resumed: string;
  /** Debian's Chromium behind a script that adds the house flags (resume-cli cannot pass flags). */
  chromiumWithFlags: string;
}

export async function installClientProject(tarball: string, chromiumPath: string | undefined): Promise<ClientProject> {
  const dir = mkdtempSync(join(tmpdir(), 'scholar-e2e-'));
  const standIn = join(dir, 'ats-validator-standin');
  mkdirSync(standIn);
  for (const [name, text] of Object.entries(ATS_STANDIN)) writeFileSync(join(standIn, name), text);
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'scholar-e2e', private: true, overrides: { '@jsonresume/ats-validator': 'file:./ats-validator-standin' } }),
  );
  await run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--prefix', dir, tarball, ...CLIENT_SPECS], {
    cwd: dir,
    timeoutMs: 300_000,
  });

  const chromiumWithFlags = join(dir, 'chromium-with-flags');
  writeFileSync(chromiumWithFlags, `#!/bin/sh\nexec ${JSON.stringify(chromiumPath ?? 'chromium')} ${CHROMIUM_FLAGS.join(' ')} "$@"\n`);
  chmodSync(chromiumWithFlags, 0o755);
  return {
    dir,
    resumeCli: join(dir, 'node_modules/.bin/resume'),
    resumed: join(dir, 'node_modules/.bin/resumed'),
    chromiumWithFlags,
  };
}
