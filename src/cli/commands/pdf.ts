// `pdf [resume.json] [-o resume.pdf] [--paper a4|letter] [--variant NAME] [--max-pages N]`: prints
// the resume with Chrome/Chromium.
import { dirname, resolve } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { CliError, EXIT } from '../errors';
import { isStdio, readResume, writeOutput } from '../io';
import { findBrowser, loadChromiumDriver } from '../pdf/browser';
import type { PartHeight } from '../pdf/measure';
import { printPdf, type Paper } from '../pdf/print';
import { render } from '../theme';
import { resolveOptions } from '../../model/options';
import { resumeForVariant } from '../variant';

interface PdfOptions {
  output?: string;
  paper?: Paper;
  variant?: string;
  maxPages?: number;
}

function progress(step: string): void {
  process.stderr.write(`${step}…\n`);
}

/** resume.json -> resume.pdf beside it; stdin -> resume.pdf here. */
function defaultOutput(file: string | undefined): string {
  return isStdio(file) ? 'resume.pdf' : (file as string).replace(/(\.jsonc?)?$/i, '.pdf');
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** What to cut: the parts of the CV by the height they take, largest first. */
function overBudget(output: string, pages: number, maxPages: number, parts: PartHeight[]): string {
  const width = Math.max(...parts.map(({ part }) => part.length));
  const lines = parts.map(({ part, share, pages: partPages }) => {
    const percent = `${Math.round(share * 100)}%`.padStart(4);
    return `  ${part.padEnd(width)}  ${percent} of the height (${partPages.toFixed(1)} pages)`;
  });
  return [`${output}: ${plural(pages, 'page')}, more than --max-pages ${maxPages}. What takes the height:`, ...lines].join('\n');
}

async function runPdf(file: string | undefined, options: PdfOptions): Promise<void> {
  // What is missing is reported before any work is done.
  const browserPath = findBrowser();
  const chromium = loadChromiumDriver();
  const read = await readResume(file);
  const resume = resumeForVariant(read.resume, options.variant, read.source);
  // The paper the theme itself would use (meta.themeOptions.paper, or a variant's), else A4.
  const paper = options.paper ?? resolveOptions(resume, undefined).paper ?? 'a4';
  const output = options.output ?? defaultOutput(file);
  progress(`Rendering ${read.source}${options.variant ? ` (variant ${options.variant})` : ''}`);
  // The paper size goes into the page's @page rule too, so CSS and the printer agree.
  const html = render(resume, { paper });
  const baseDir = isStdio(file) ? process.cwd() : dirname(resolve(file as string));
  const measure = options.maxPages !== undefined;
  const { pdf, pages, parts } = await printPdf({ chromium, html, browserPath, paper, baseDir, progress, measure });
  writeOutput(output, pdf);
  const summary = `${plural(pages, 'page')}, ${paper === 'a4' ? 'A4' : 'Letter'}`;
  if (isStdio(output)) process.stderr.write(`Printed ${summary}\n`);
  else process.stdout.write(`Wrote ${output} (${summary})\n`);
  if (options.maxPages !== undefined && pages > options.maxPages) {
    throw new CliError(overBudget(isStdio(output) ? 'the PDF' : output, pages, options.maxPages, parts ?? []), EXIT.overPages);
  }
}

function parseMaxPages(value: string): number {
  const pages = Number(value);
  if (!/^\d+$/.test(value) || pages < 1) throw new InvalidArgumentError('expected a whole number of pages, 1 or more');
  return pages;
}

export function registerPdf(program: Command): void {
  program
    .command('pdf')
    .description('print the resume to PDF with Chrome/Chromium (needs playwright-core; no download)')
    .argument('[resume.json]', 'resume file (JSON, comments allowed); stdin when omitted or "-"')
    .option('-o, --output <file>', 'PDF to write; "-" for stdout (default: the resume name with .pdf)')
    .addOption(new Option('-p, --paper <size>', 'paper size (default: meta.themeOptions.paper, else a4)').choices(['a4', 'letter']))
    .option('--variant <name>', 'apply the options of meta.themeOptions.variants[name] over the others')
    .option('--max-pages <n>', 'exit 1 when the PDF has more pages, saying which sections take the most height', parseMaxPages)
    .addHelpText(
      'after',
      '\nThe browser is CHROME_PATH or PUPPETEER_EXECUTABLE_PATH if set, else the first of /usr/bin/chromium,\n' +
        '/usr/bin/chromium-browser, /usr/bin/google-chrome and the usual macOS and Windows install paths.',
    )
    .action(runPdf);
}
