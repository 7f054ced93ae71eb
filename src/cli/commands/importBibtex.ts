// `import-bibtex refs.bib [--into resume.json] [--dry-run]`: BibTeX to publications[], merged.
import type { Command } from 'commander';
import { mergePublications, type MergeResult, type ReportLine } from '../bibtex/merge';
import { CliError } from '../errors';
import { readInput, readTextFile, writeTextFile } from '../io';
import { editJson, type JsonChange } from '../jsonEdit';
import { kindOf, parseJsonc, requireObject } from '../jsonc';

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

export async function runImportBibtex(bibFile: string, options: ImportOptions): Promise<void> {
  const bib = await readInput(bibFile);
  // The BibTeX parser is large: loaded only when this command runs.
  const [{ parseBibtex }, { toPublication }] = await Promise.all([import('../bibtex/parse'), import('../bibtex/toPublication')]);
  const imported = parseBibtex(bib.text, bib.source).map(toPublication);

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
        'howpublished; year/month become releaseDate; note such as "Under review" becomes status; doi, url and\n' +
        'arXiv eprint are kept. A paper already in the resume (same DOI, arXiv id or title) only gains the\n' +
        'fields it lacks.',
    )
    .action(runImportBibtex);
}
