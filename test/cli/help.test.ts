import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli } from '../helpers/cli';

const COMMANDS = ['init', 'render', 'validate', 'pdf', 'preview', 'import-bibtex', 'export-bibtex'];

describe('scholar --help, --version and usage errors', () => {
  it('lists every command and documents the exit codes', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    for (const command of COMMANDS) expect(stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
    for (const exitCode of ['0', '1', '2', '3', '4']) expect(stdout).toMatch(new RegExp(`^\\s+${exitCode}  \\S`, 'm'));
  });

  it.each(COMMANDS)('%s --help shows its usage and the exit codes', async (command) => {
    const { code, stdout } = await runCli([command, '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain(`Usage: scholar ${command}`);
    expect(stdout).toContain('Exit codes:');
  });

  it('prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const { code, stdout } = await runCli(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(version);
  });

  it('exits 2 with one clear line for an unknown command or option, without a stack trace', async () => {
    const unknownCommand = await runCli(['publish']);
    expect(unknownCommand.code).toBe(2);
    expect(unknownCommand.stderr).toMatch(/unknown command 'publish'/);
    const unknownOption = await runCli(['render', '--colour', 'red']);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toMatch(/unknown option '--colour'/);
    expect(unknownOption.stderr).not.toMatch(/\n\s+at /);
  });

  it('shows the help and exits 2 when no command is given', async () => {
    const { code, stdout, stderr } = await runCli([]);
    expect(code).toBe(2);
    expect(stdout + stderr).toContain('Usage: scholar');
  });
});
