// Finds Debian's Chromium for browser tests; where it is absent those tests skip with one clear line.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CANDIDATES = [process.env.CHROME_PATH, process.env.PUPPETEER_EXECUTABLE_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const chromiumPath: string | undefined = CANDIDATES.find((path): path is string => Boolean(path && existsSync(path)));

/** The house flags: no sandbox (root), no GPU, no background traffic to a network this machine lacks. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function freshUserDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'scholar-chromium-'));
}

/** `describe` when Chromium is installed; otherwise one skipped suite and one line saying why. */
export function describeWithChromium(name: string, body: () => void): void {
  if (chromiumPath) {
    describe(name, body);
    return;
  }
  // eslint-disable-next-line no-console
  console.warn(`Skipping "${name}": Chromium not found (apt-get install chromium, or set CHROME_PATH).`);
  describe.skip(name, body);
}
