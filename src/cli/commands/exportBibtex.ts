// `export-bibtex [resume.json] [-o refs.bib]`: one BibTeX entry per publication.
import type { Command } from 'commander';
import { formatBibtex, recordFromJson, type BibRecord } from '../../bibtex/write';
import { sectionEntries } from '../../model/groups';
import { trackReads, trackedPointer } from '../../model/track';
import type { JsonObject } from '../../model/read';
import { CliError } from '../errors';
import { readResume, writeOutput, isStdio } from '../io';

interface ExportOptions {
  output?: string;
}

async function runExportBibtex(file: string | undefined, options: ExportOptions): Promise<void> {
  const { source, resume } = await readResume(file);
  const records: BibRecord[] = [];
  const skipped: string[] = [];
  // Read as the page reads them (in named groups too), each with its JSON pointer: the keys are then
  // those of the page's BibTeX toggles.
  for (const item of sectionEntries(trackReads(resume, new Set()) as JsonObject, 'publications')) {
    const record = recordFromJson(item);
    if (record) records.push(record);
    else if (typeof item === 'string') skipped.push(`${source}: "${item}" is a line of text, not an entry: not exported`);
    else skipped.push(`${source}: ${trackedPointer(item) ?? '/publications'} has no title: not exported`);
  }
  if (skipped.length) process.stderr.write(`${skipped.join('\n')}\n`);
  if (!records.length) throw new CliError(`${source}: no publications to export`);
  writeOutput(options.output, `${formatBibtex(records).join('\n\n')}\n`);
  if (!isStdio(options.output))
    process.stderr.write(`Wrote ${options.output}: ${records.length} ${records.length === 1 ? 'entry' : 'entries'}\n`);
}

export function registerExportBibtex(program: Command): void {
  program
    .command('export-bibtex')
    .description('write the publications as BibTeX, to a file or to stdout')
    .argument('[resume.json]', 'resume file; stdin when omitted or "-"')
    .option('-o, --output <refs.bib>', 'write to this file instead of stdout')
    .addHelpText(
      'after',
      '\nOne entry per publication: the entry type from "type" (journal -> @article, conference -> @inproceedings,\n' +
        'preprint -> @misc, thesis -> @phdthesis, …), keys like wu2024thinking (a, b, c when two would clash),\n' +
        'authors as "Last, First and …", the venue as journal or booktitle, doi, arXiv as eprint, url, and the\n' +
        "status as note. The file is UTF-8 (biber, bibtex8 and LaTeX read it); TeX's special characters are escaped.",
    )
    .action(runExportBibtex);
}
