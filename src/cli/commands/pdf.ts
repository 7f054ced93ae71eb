// `pdf [resume.json] [-o resume.pdf] [--paper a4|letter]`: prints the resume with Chrome/Chromium.
import { dirname, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { isStdio, readResume, writeOutput } from '../io';
import { findBrowser, loadChromiumDriver } from '../pdf/browser';
import { printPdf, type Paper } from '../pdf/print';
import { render } from '../theme';

interface PdfOptions {
  output?: string;
  paper?: Paper;
}

function progress(step: string): void {
  process.stderr.write(`${step}…\n`);
}

/** resume.json -> resume.pdf beside it; stdin -> resume.pdf here. */
function defaultOutput(file: string | undefined): string {
  return isStdio(file) ? 'resume.pdf' : (file as string).replace(/(\.jsonc?)?$/i, '.pdf');
}

function paperFromResume(resume: Record<string, unknown>): Paper {
  const meta = resume.meta as { themeOptions?: { paper?: unknown } } | undefined;
  return String(meta?.themeOptions?.paper).toLowerCase() === 'letter' ? 'letter' : 'a4';
}

export async function runPdf(file: string | undefined, options: PdfOptions): Promise<void> {
  // What is missing is reported before any work is done.
  const browserPath = findBrowser();
  const chromium = loadChromiumDriver();
  const { source, resume } = await readResume(file);
  const paper = options.paper ?? paperFromResume(resume);
  const output = options.output ?? defaultOutput(file);
  progress(`Rendering ${source}`);
  // The paper size goes into the page's @page rule too, so CSS and the printer agree.
  const html = render(resume, { paper });
  const baseDir = isStdio(file) ? process.cwd() : dirname(resolve(file as string));
  const { pdf, pages } = await printPdf({ chromium, html, browserPath, paper, baseDir, progress });
  writeOutput(output, pdf);
  const summary = `${pages} ${pages === 1 ? 'page' : 'pages'}, ${paper === 'a4' ? 'A4' : 'Letter'}`;
  if (isStdio(output)) process.stderr.write(`Printed ${summary}\n`);
  else process.stdout.write(`Wrote ${output} (${summary})\n`);
}

export function registerPdf(program: Command): void {
  program
    .command('pdf')
    .description('print the resume to PDF with Chrome/Chromium (needs playwright-core; no download)')
    .argument('[resume.json]', 'resume file (JSON, comments allowed); stdin when omitted or "-"')
    .option('-o, --output <file>', 'PDF to write; "-" for stdout (default: the resume name with .pdf)')
    .addOption(
      new Option('-p, --paper <size>', 'paper size (default: meta.themeOptions.paper, else a4)').choices(['a4', 'letter']),
    )
    .addHelpText(
      'after',
      '\nThe browser is CHROME_PATH or PUPPETEER_EXECUTABLE_PATH if set, else the first of /usr/bin/chromium,\n' +
        '/usr/bin/chromium-browser, /usr/bin/google-chrome and the usual macOS and Windows install paths.',
    )
    .action(runPdf);
}
