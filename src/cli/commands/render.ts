// `render [resume.json] [-o resume.html] [--variant NAME]`: the HTML page, to a file or stdout.
import type { Command } from 'commander';
import { isStdio, readResume, writeOutput } from '../io';
import { render } from '../theme';
import { resumeForVariant } from '../variant';

interface RenderOptions {
  output?: string;
  variant?: string;
}

async function runRender(file: string | undefined, options: RenderOptions): Promise<void> {
  const { source, resume } = await readResume(file);
  writeOutput(options.output, render(resumeForVariant(resume, options.variant, source)));
  if (!isStdio(options.output)) process.stdout.write(`Wrote ${options.output} from ${source}\n`);
}

export function registerRender(program: Command): void {
  program
    .command('render')
    .description('render the resume to one self-contained HTML page')
    .argument('[resume.json]', 'resume file (JSON, comments allowed); stdin when omitted or "-"')
    .option('-o, --output <file>', 'HTML file to write; stdout when omitted or "-"')
    .option('--variant <name>', 'apply the options of meta.themeOptions.variants[name] over the others')
    .action(runRender);
}
