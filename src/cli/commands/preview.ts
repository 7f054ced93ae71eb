// `preview [resume.json] [--port N] [--variant NAME]`: serves the page, re-renders on save and reloads the tab.
import { existsSync, readFileSync } from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import { CliError, describeFsError } from '../errors';
import { parseJsonc, requireObject } from '../jsonc';
import { errorPage, withReloadScript } from '../preview/pages';
import { startPreviewServer, type Page } from '../preview/server';
import { watchFile } from '../preview/watch';
import { render } from '../theme';
import { checkVariant, resumeForVariant } from '../variant';

interface PreviewOptions {
  port: number;
  variant?: string;
}

interface Snapshot {
  text: string | undefined;
  page: Page;
  error?: string;
}

/** A variant that a later edit removes shows as an error in the page, like broken JSON. */
function readSnapshot(file: string, variant: string | undefined): Snapshot {
  let text: string | undefined;
  try {
    text = readFileSync(file, 'utf8');
    const html = render(resumeForVariant(requireObject(parseJsonc(text, file), file), variant, file));
    return { text, page: { status: 200, html: withReloadScript(html) } };
  } catch (error) {
    const message =
      error instanceof CliError ? error.message : text === undefined ? `${file}: ${describeFsError(error)}` : `${file}: ${String(error)}`;
    return { text, page: { status: 500, html: errorPage(message) }, error: message };
  }
}

/** An unknown --variant stops the preview before it starts (a file that does not parse yet does not). */
function checkVariantAtStart(file: string, variant: string): void {
  let resume: Record<string, unknown>;
  try {
    resume = requireObject(parseJsonc(readFileSync(file, 'utf8'), file), file);
  } catch {
    return;
  }
  checkVariant(resume, variant, file);
}

function log(line: string): void {
  process.stderr.write(`${new Date().toTimeString().slice(0, 8)} ${line}\n`);
}

async function runPreview(file: string, options: PreviewOptions): Promise<void> {
  if (!existsSync(file)) throw new CliError(`${file}: no such file (create one with: scholar init ${file})`);
  if (options.variant !== undefined) checkVariantAtStart(file, options.variant);
  let snapshot = readSnapshot(file, options.variant);
  if (snapshot.error) log(`${snapshot.error} (shown in the page)`);
  const server = await startPreviewServer(options.port, () => snapshot.page);

  const watcher = watchFile(file, () => {
    const next = readSnapshot(file, options.variant);
    // Editors often touch or rewrite a file without changing it; only real changes reload.
    if (next.text === snapshot.text && next.error === snapshot.error) return;
    snapshot = next;
    const tabs = server.reload();
    const tabsText = `${tabs} ${tabs === 1 ? 'tab' : 'tabs'}`;
    log(next.error ? `${next.error} (shown in the page)` : `${file} changed: re-rendered, reloading ${tabsText}`);
  });

  process.stdout.write(`Previewing ${file} at ${server.url} (Ctrl-C to stop)\n`);

  await new Promise<void>((resolve) => {
    const stop = () => {
      watcher.close();
      void server.close().then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  process.stderr.write('Preview stopped.\n');
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535');
  return port;
}

export function registerPreview(program: Command): void {
  program
    .command('preview')
    .description('serve the resume on 127.0.0.1 and reload the browser tab whenever the file is saved')
    .argument('[resume.json]', 'resume file to watch (JSON, comments allowed)', 'resume.json')
    .option('-p, --port <number>', 'port to listen on; 0 picks any free port', parsePort, 4173)
    .option('--variant <name>', 'apply the options of meta.themeOptions.variants[name] over the others')
    .action(runPreview);
}
