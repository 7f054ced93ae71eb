// `import-bibtex refs.bib [--into resume.json] [--dry-run]`: BibTeX to publications[], merged.
import type { Command } from 'commander';
import { mergePublications, type MergeResult, type ReportLine } from '../bibtex/merge';
import { CliError } from '../errors';
import { readInput, readTextFile, writeTextFile } from '../io';
import { editJson, type JsonChange } from '../jsonEdit';
import { kindOf, parseJsonc, requireObject } from '../jsonc';
import { formatProblem, inFileOrder, type Problem } from '../bibtex/problems';
import type { Publication } from '../bibtex/toPublication';

interface ImportOptions {
  into?: string;
  dryRun?: boolean;
}

function describeLine(line: ReportLine, bibSource: string): string {
  const outcome = line.outcome.padEnd(9);
  if (!line.match) return `  ${outcome} ${line.title}`;
  const where = line.match.inResume ? `matched by ${line.match.reason}` : `duplicate in ${bibSource}, matched by ${line.match.reason}`;
  const filled = line.filled?.length ? `; filled in ${line.filled.join(', ')}` : '';
  return `  ${outcome} ${line.title} (${where}${filled})`;
}

function summary(report: ReportLine[]): string {
  const count = (outcome: ReportLine['outcome']) => report.filter((line) => line.outcome === outcome).length;
  return `added ${count('added')}, updated ${count('updated')}, unchanged ${count('unchanged')}`;
}

function toChanges(result: MergeResult, hadList: boolean): JsonChange[] {
  const changes: JsonChange[] = hadList ? [] : [{ path: ['publications'], value: [] }];
  for (const edit of result.edits) {
    if (edit.kind === 'add') changes.push({ path: ['publications', -1], value: edit.publication, insert: true });
    else changes.push({ path: ['publications', edit.index, edit.field], value: edit.value });
  }
  return changes;
}

function reportProblems(source: string, problems: Problem[]): void {
  if (!problems.length) return;
  const lines = inFileOrder(problems).map((problem) => formatProblem(source, problem));
  const entries = new Set(problems.filter((problem) => problem.key).map((problem) => problem.key)).size;
  lines.push(
    `${source}: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in ${entries} ${entries === 1 ? 'entry' : 'entries'}; the rest was read as written`,
  );
  process.stderr.write(`${lines.join('\n')}\n`);
}

/** Every entry that can be read; what could not be read as written is reported on stderr. */
async function importEntries(text: string, source: string): Promise<Publication[]> {
  // The BibTeX parser is large: loaded only when this command runs.
  const [{ parseBibtex }, { toPublication }] = await Promise.all([import('../bibtex/parse'), import('../bibtex/toPublication')]);
  const file = parseBibtex(text);
  const converted = file.entries.map(toPublication);
  reportProblems(source, [...file.problems, ...converted.flatMap((entry) => entry.problems)]);
  if (!converted.length) throw new CliError(`${source}: no BibTeX entry could be read`);
  return converted.map((entry) => entry.publication);
}

async function runImportBibtex(bibFile: string, options: ImportOptions): Promise<void> {
  const bib = await readInput(bibFile);
  const imported = await importEntries(bib.text, bib.source);

  if (!options.into) {
    const result = mergePublications([], imported);
    process.stdout.write(`${JSON.stringify(result.publications, null, 2)}\n`);
    process.stderr.write(`${bib.source}: ${result.publications.length} publications (${summary(result.report)})\n`);
    return;
  }

  const target = options.into;
  const text = readTextFile(target);
  const resume = requireObject(parseJsonc(text, target), target);
  const list = resume.publications ?? [];
  if (!Array.isArray(list)) throw new CliError(`${target}: "publications" must be a list, found ${kindOf(list)}`);

  const result = mergePublications(list, imported);
  const lines = [`${bib.source} -> ${target}:`, ...result.report.map((line) => describeLine(line, bib.source))];
  if (options.dryRun) {
    lines.push(`Dry run: would have ${summary(result.report)}; ${target} not changed.`);
  } else if (result.edits.length) {
    writeTextFile(target, editJson(text, toChanges(result, Array.isArray(resume.publications))));
    lines.push(`Wrote ${target}: ${summary(result.report)}.`);
  } else {
    lines.push(`Nothing new: ${summary(result.report)}; ${target} not changed.`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

export function registerImportBibtex(program: Command): void {
  program
    .command('import-bibtex')
    .description('convert BibTeX entries to publications, or merge them into a resume')
    .argument('<refs.bib>', 'BibTeX file; "-" for stdin')
    .option('-i, --into <resume.json>', 'merge into this resume (keeps existing entries and fields); without it, print the list')
    .option('-n, --dry-run', 'with --into: report what would change without writing')
    .addHelpText(
      'after',
      '\nAuthors keep their order ("and others" becomes "et al."); venue comes from booktitle, journal or\n' +
        "howpublished (al-folio's abbr is the short venue); year/month become releaseDate; a note such as\n" +
        '"Under review" becomes status; doi, url and the arXiv id are kept; al-folio\'s pdf, code, slides, poster,\n' +
        'video, blog, website, html and supp become links, selected, award and abstract are kept. A paper already\n' +
        'in the resume (same DOI, arXiv id or title, and the same kind of work) only gains the fields it lacks.\n' +
        '\nEvery entry that can be read is imported. What could not be read as written (a missing comma, authors\n' +
        'separated by commas, an unknown LaTeX command, a web address given as DOI) is listed on stderr as\n' +
        '"refs.bib:LINE: warning: KEY: …"; exit 2 only when no entry could be read.',
    )
    .action(runImportBibtex);
}
