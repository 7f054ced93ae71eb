// Prints rendered HTML to PDF with a real Chromium driven by playwright-core.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CliError, EXIT } from '../errors';
import type { BrowserType } from 'playwright-core';
import { measureParts, type PartHeight } from './measure';

export type Paper = 'a4' | 'letter';

/** The house flags: no sandbox (containers run as root), no GPU, no background network traffic. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface PrintJob {
  /** playwright-core's chromium, from loadChromiumDriver(). */
  chromium: BrowserType;
  html: string;
  browserPath: string;
  paper: Paper;
  /** Directory that relative links and images in the resume are resolved against. */
  baseDir: string;
  progress: (step: string) => void;
  /** Also measure how much of the height each part of the CV takes (for `--max-pages`). */
  measure?: boolean;
}

export interface PrintResult {
  pdf: Uint8Array;
  pages: number;
  /** With `measure`: the header and each section, largest first. */
  parts?: PartHeight[];
}

function browserFailure(error: unknown): CliError {
  const firstLine = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  return new CliError(`Chromium failed: ${firstLine}`, EXIT.failed);
}

export async function printPdf(job: PrintJob): Promise<PrintResult> {
  const { chromium } = job;
  const userDataDir = mkdtempSync(join(tmpdir(), 'scholar-pdf-'));
  try {
    job.progress(`Starting ${job.browserPath}`);
    const context = await chromium
      .launchPersistentContext(userDataDir, { executablePath: job.browserPath, headless: true, args: CHROMIUM_FLAGS, timeout: 60_000 })
      .catch((error: unknown) => {
        throw browserFailure(error);
      });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      // Loading the page "at" the resume's folder lets relative image and link URLs resolve.
      await page.goto(pathToFileURL(`${job.baseDir}/`).href).catch(() => undefined);
      job.progress('Laying out the page');
      await page.setContent(job.html, { waitUntil: 'load', timeout: 60_000 });
      await page.emulateMedia({ media: 'print', colorScheme: 'light' });
      job.progress(`Printing on ${job.paper === 'a4' ? 'A4' : 'Letter'} paper`);
      const pdf = await page.pdf({
        format: job.paper === 'a4' ? 'A4' : 'Letter',
        printBackground: true,
        preferCSSPageSize: true,
        outline: true,
        tagged: true,
      });
      const { PDFDocument } = await import('pdf-lib');
      const pages = (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
      return { pdf, pages, parts: job.measure ? await measureParts(page, job.paper) : undefined };
    } catch (error) {
      throw error instanceof CliError ? error : browserFailure(error);
    } finally {
      await context.close().catch(() => undefined);
    }
  } finally {
    // Chromium may still be flushing its profile; a leftover temp folder is not worth failing over.
    try {
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5 });
    } catch {
      // left in the OS temp folder
    }
  }
}
