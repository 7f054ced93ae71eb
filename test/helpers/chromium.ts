// Finds Debian's Chromium for browser tests; where it is absent those tests skip with one clear line.
import { existsSync, mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const CANDIDATES = [process.env.CHROME_PATH, process.env.PUPPETEER_EXECUTABLE_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

// SCHOLAR_NO_CHROMIUM=1 takes the path a machine without Chromium takes (to see the skip line).
export const chromiumPath: string | undefined = process.env.SCHOLAR_NO_CHROMIUM
  ? undefined
  : CANDIDATES.find((path): path is string => Boolean(path && existsSync(path)));

// The same house flags as the CLI's `pdf` command.
import { CHROMIUM_FLAGS } from '../../src/cli/pdf/print';

export { CHROMIUM_FLAGS };

export function freshUserDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'scholar-chromium-'));
}

/** `describe` when Chromium is installed; otherwise one skipped suite and one line saying why. */
export function describeWithChromium(name: string, body: () => void): void {
  if (chromiumPath) {
    describe(name, body);
    return;
  }
  // One plain line (console.warn would add jest's stack frame around it).
  process.stderr.write(`Skipping "${name}": Chromium not found (apt-get install chromium, or set CHROME_PATH).\n`);
  describe.skip(name, body);
}

/**
 * Headless Chromium through playwright-core, with the house flags and a fresh profile that is
 * removed on close. Playwright refuses --user-data-dir in args, hence the persistent context.
 */
export async function launchChromium(): Promise<BrowserContext> {
  if (!chromiumPath) throw new Error('Chromium not found');
  const userDataDir = freshUserDataDir();
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    args: CHROMIUM_FLAGS,
    headless: true,
  });
  // Chromium may still be writing its profile when 'close' fires: retry, and never fail a test over it.
  context.on('close', () => void rm(userDataDir, { recursive: true, force: true, maxRetries: 10 }).catch(() => undefined));
  return context;
}

/** A page shared by the tests of one describe block, and the lines they report. */
export interface SharedPage {
  page: Page;
  report: string[];
}

/**
 * Opens one browser page before the block's tests and closes it after them, then prints what they
 * reported under `title`. `offline`: only data: URLs load (nothing outside the page, such as a photo URL).
 */
export function sharedPage(title: string, { offline = false } = {}): SharedPage {
  const session = { report: [] } as unknown as SharedPage;
  let browser: BrowserContext | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    session.page = await browser.newPage();
    if (offline)
      await session.page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
  });
  afterAll(async () => {
    await browser?.close();
    console.log(`${title}:\n  ${session.report.join('\n  ')}`);
  });
  return session;
}
