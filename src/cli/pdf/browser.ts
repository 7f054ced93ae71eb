// Finding a Chrome/Chromium to print with, and the optional playwright-core driver.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { BrowserType } from 'playwright-core';
import { CliError, EXIT } from '../errors';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ...['PROGRAMFILES', 'PROGRAMFILES(X86)', 'LOCALAPPDATA'].flatMap((variable) => {
    const base = process.env[variable];
    return base ? [join(base, 'Google', 'Chrome', 'Application', 'chrome.exe')] : [];
  }),
];

const INSTALL_BROWSER_HINT =
  'install Chromium (Debian/Ubuntu: sudo apt-get install chromium) or Google Chrome, or set CHROME_PATH to its executable';

/** The browser named by CHROME_PATH or PUPPETEER_EXECUTABLE_PATH, else the first usual install found. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string {
  for (const variable of ['CHROME_PATH', 'PUPPETEER_EXECUTABLE_PATH']) {
    const path = env[variable];
    if (!path) continue;
    // An explicit choice that is wrong is reported, not silently replaced by another browser.
    if (!existsSync(path)) throw new CliError(`${variable}=${path}: no such file; ${INSTALL_BROWSER_HINT}`, EXIT.missingBrowser);
    return path;
  }
  const found = SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (!found) throw new CliError(`no Chrome or Chromium found for pdf: ${INSTALL_BROWSER_HINT}`, EXIT.missingBrowser);
  return found;
}

/** playwright-core from this package's install, or else from the project in the working directory. */
export function loadChromiumDriver(): BrowserType {
  const places = [require, createRequire(join(process.cwd(), 'package.json'))];
  for (const load of places) {
    try {
      return (load('playwright-core') as { chromium: BrowserType }).chromium;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw error;
    }
  }
  throw new CliError(
    'pdf needs the playwright-core package (it drives your installed Chrome/Chromium and downloads nothing): ' +
      'npm install --save-dev playwright-core (for a global install: npm install -g playwright-core)',
    EXIT.missingBrowser,
  );
}
