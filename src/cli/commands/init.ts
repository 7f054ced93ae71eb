// `init [file]`: writes a starter research resume; never overwrites unless --force.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { CliError } from '../errors';
import { isStdio, writeOutput } from '../io';
import { starterResume } from '../starterResume';

interface InitOptions {
  force?: boolean;
}

function runInit(file: string, options: InitOptions): void {
  const text = `${JSON.stringify(starterResume, null, 2)}\n`;
  if (isStdio(file)) {
    writeOutput(undefined, text);
    return;
  }
  if (existsSync(file) && !options.force) {
    throw new CliError(`${file}: already exists; not overwriting it (use --force to replace it)`);
  }
  writeOutput(file, text);
  process.stdout.write(
    `Wrote ${file}, a starter research CV. Next:\n` +
      `  scholar preview ${file}     edit and watch it update in your browser\n` +
      `  scholar validate ${file}    check it\n` +
      `  scholar pdf ${file}         print it\n`,
  );
}

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('write a starter research resume with every section and the publication fields')
    .argument('[file]', 'where to write it; "-" for stdout', 'resume.json')
    .option('-f, --force', 'overwrite the file if it exists')
    .action(runInit);
}
