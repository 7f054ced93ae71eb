// Exit codes and the error type for user mistakes: shown as one line, never with a stack trace.

export const EXIT = {
  ok: 0,
  /** `validate` found errors in the resume. */
  invalid: 1,
  /** `pdf --max-pages N`: the PDF has more pages. */
  overPages: 1,
  /** Bad arguments, a missing or unreadable file, JSON that does not parse, a .bib with no readable entry, a file that would be overwritten. */
  usage: 2,
  /** `pdf` cannot find Chrome/Chromium or the playwright-core driver. */
  missingBrowser: 3,
  /** Something failed while running: the browser crashed, the port is taken, a file could not be written. */
  failed: 4,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export const EXIT_CODES_HELP = `
Exit codes:
  0  success
  1  validate: the resume has errors (warnings alone exit 0);
     pdf: more pages than --max-pages (the PDF is written all the same)
  2  usage or input error: bad arguments, missing or unreadable file, invalid JSON, a .bib with
     no readable entry, refusing to overwrite a file, no variant of the name given to --variant
  3  pdf: no Chrome/Chromium found, or playwright-core is not installed
  4  failure while running: browser error, port in use, file not writable`;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.usage,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** A one-line reason for a failed file operation, e.g. "no such file". */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, expected a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a parent of this path is not a directory';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
