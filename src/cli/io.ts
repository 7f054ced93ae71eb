// Reading the resume (a file, or stdin when no file or "-" is given) and writing results.
import { readFileSync, writeFileSync } from 'node:fs';
import { CliError, EXIT, describeFsError } from './errors';
import { parseJsonc, requireObject } from './jsonc';

const STDIN_NAME = '<stdin>';

export interface InputText {
  /** Name used in messages: the path as given, or <stdin>. */
  source: string;
  text: string;
}

export function isStdio(path: string | undefined): boolean {
  return path === undefined || path === '-';
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) {
    throw new CliError('no resume given: pass a file name, or pipe JSON on stdin (see --help)');
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

export function readTextFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(`${path}: ${describeFsError(error)}`);
  }
}

export async function readInput(path: string | undefined): Promise<InputText> {
  if (isStdio(path)) return { source: STDIN_NAME, text: await readStdin() };
  return { source: path as string, text: readTextFile(path as string) };
}

/** Reads and parses a resume (JSON with comments); it must be a JSON object. */
export async function readResume(path: string | undefined): Promise<{ source: string; resume: Record<string, unknown> }> {
  const { source, text } = await readInput(path);
  return { source, resume: requireObject(parseJsonc(text, source), source) };
}

export function writeTextFile(path: string, content: string | Uint8Array): void {
  try {
    writeFileSync(path, content);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'its folder does not exist' : describeFsError(error);
    throw new CliError(`${path}: cannot write: ${reason}`, EXIT.failed);
  }
}

/** Writes to the file, or to stdout when no file or "-" is given. */
export function writeOutput(path: string | undefined, content: string | Uint8Array): void {
  if (isStdio(path)) process.stdout.write(content);
  else writeTextFile(path as string, content);
}
