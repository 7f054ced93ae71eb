// The `jsonresume-theme-scholar` (alias `scholar`) command-line tool.
import { Command, CommanderError } from 'commander';
import { CliError, EXIT, EXIT_CODES_HELP } from './errors';
import { registerCommands } from './commands';
import { version } from '../../package.json';

function buildProgram(): Command {
  const program = new Command('scholar')
    .description('Write, check, preview and print a research CV kept as JSON Resume.')
    .version(version, '-v, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .addHelpText('after', EXIT_CODES_HELP);
  registerCommands(program);
  program.commands.forEach((command) => command.addHelpText('after', EXIT_CODES_HELP));
  return program;
}

function fail(message: string, exitCode: number): void {
  process.stderr.write(`error: ${message}\n`);
  process.exitCode = exitCode;
}

async function main(argv: string[]): Promise<void> {
  // A closed pipe (`scholar render | head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    throw error;
  });
  const program = buildProgram();
  if (argv.length <= 2) {
    program.outputHelp({ error: true });
    process.exitCode = EXIT.usage;
    return;
  }
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed its message; help and version are successes.
      process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    } else if (error instanceof CliError) {
      fail(error.message, error.exitCode);
    } else {
      const detail =
        process.env.SCHOLAR_DEBUG && error instanceof Error ? error.stack : String(error instanceof Error ? error.message : error);
      fail(`${detail} (unexpected; set SCHOLAR_DEBUG=1 for details and report it)`, EXIT.failed);
    }
  }
}

void main(process.argv);
