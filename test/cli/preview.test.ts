import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { renameSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath, describeWithChromium, freshUserDataDir } from '../helpers/chromium';
import { CLI, runCli, tempDir } from '../helpers/cli';

jest.setTimeout(60_000);

function resumeNamed(name: string): string {
  return JSON.stringify({ basics: { name, label: 'Researcher' } }, null, 2);
}

interface Preview {
  child: ChildProcessWithoutNullStreams;
  url: string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** Starts `scholar preview` on a free port and reads the address it prints. */
function startPreview(file: string): Promise<Preview> {
  const child = spawn(process.execPath, [CLI, 'preview', file, '--port', '0']);
  let stdout = '';
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return new Promise((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout)?.[0];
      if (url) resolve({ child, url, stderr: () => stderr, exited });
    });
    void exited.then((code) => reject(new Error(`preview exited (${code}) before listening: ${stderr}`)));
  });
}

/** A GET to the preview with the given Host header (none when undefined), as a browser page would send. */
function getWithHost(port: number, path: string, host: string | undefined): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers = host === undefined ? {} : { Host: host };
    const request = httpRequest({ host: '127.0.0.1', port, path, headers, setHost: false }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      // The event stream stays open: its first bytes say enough.
      response.once('data', () => path.endsWith('/events') && response.destroy());
      response.on('close', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject).end();
  });
}

/** Collects server-sent events as text, and waits for the next one. */
async function openEvents(url: string, signal: AbortSignal): Promise<{ next: (event: string) => Promise<void> }> {
  const response = await fetch(new URL('/__scholar/events', url), { signal });
  expect(response.headers.get('content-type')).toContain('text/event-stream');
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  return {
    async next(event: string) {
      for (;;) {
        const at = buffered.indexOf(`event: ${event}\n`);
        if (at !== -1) {
          buffered = buffered.slice(at + event.length + 8);
          return;
        }
        const { value, done } = await reader.read();
        if (done) throw new Error(`event stream ended before "${event}"`);
        buffered += decoder.decode(value, { stream: true });
      }
    },
  };
}

/** Waits for reload events until the page holds `text` (a save can show up as more than one change). */
async function reloadedTo(
  events: { next: (event: string) => Promise<void> },
  url: string,
  text: string,
): Promise<{ status: number; html: string }> {
  for (;;) {
    await events.next('reload');
    const response = await fetch(url);
    const html = await response.text();
    if (html.includes(text)) return { status: response.status, html };
  }
}

/** Saves as many editors do: a new file renamed over the old one. */
function saveByRename(file: string, text: string): void {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

describe('scholar preview', () => {
  it('serves the page, reloads on edits (in place or by rename), shows broken JSON in the page, and stops on Ctrl-C', async () => {
    const file = join(tempDir(), 'resume.json');
    writeFileSync(file, resumeNamed('First Name'));
    const preview = await startPreview(file);
    const abort = new AbortController();
    try {
      const first = await fetch(preview.url);
      expect(first.status).toBe(200);
      const firstHtml = await first.text();
      expect(firstHtml).toContain('First Name');
      expect(firstHtml).toContain('new EventSource("/__scholar/events")');

      const events = await openEvents(preview.url, abort.signal);
      writeFileSync(file, resumeNamed('Second Name'));
      expect((await reloadedTo(events, preview.url, 'Second Name')).status).toBe(200);

      saveByRename(file, resumeNamed('Third Name'));
      expect((await reloadedTo(events, preview.url, 'Third Name')).status).toBe(200);

      writeFileSync(file, '{\n  "basics": {\n    "name": "Broken"\n  \n');
      const broken = await reloadedTo(events, preview.url, `${file}:5:1: expected &#34;}&#34; to close the object`);
      expect(broken.status).toBe(500);
      expect(broken.html).toContain('new EventSource');
      expect(preview.stderr()).toContain(`${file}:5:1`);

      writeFileSync(file, resumeNamed('Fixed Name'));
      expect((await reloadedTo(events, preview.url, 'Fixed Name')).status).toBe(200);
      expect((await fetch(new URL('/other', preview.url))).status).toBe(404);
    } finally {
      abort.abort();
      preview.child.kill('SIGINT');
    }
    expect(await preview.exited).toBe(0);
    expect(preview.stderr()).toContain('Preview stopped.');
  });

  it('answers only requests addressed to its own loopback host and port (no DNS rebinding)', async () => {
    const file = join(tempDir(), 'resume.json');
    writeFileSync(file, resumeNamed('Private Person'));
    const preview = await startPreview(file);
    const port = Number(new URL(preview.url).port);
    try {
      for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LocalHost:${port}`, `[::1]:${port}`]) {
        const own = await getWithHost(port, '/', host);
        expect([host, own.status, own.body.includes('Private Person')]).toEqual([host, 200, true]);
      }
      const foreign = [
        `attacker.example:${port}`,
        'attacker.example',
        `127.0.0.1:${port + 1}`,
        'localhost',
        `127.0.0.1.attacker.example:${port}`,
      ];
      for (const host of foreign) {
        for (const path of ['/', '/__scholar/events', '/other']) {
          const refused = await getWithHost(port, path, host);
          expect([host, path, refused.status]).toEqual([host, path, 403]);
          expect(refused.body).not.toContain('Private Person');
        }
      }
      // Node itself refuses an HTTP/1.1 request without Host.
      const hostless = await getWithHost(port, '/', undefined);
      expect([hostless.status, hostless.body.includes('Private Person')]).toEqual([400, false]);
    } finally {
      preview.child.kill('SIGINT');
      await preview.exited;
    }
  });

  it('exits 2 when the resume does not exist, and 4 when the port is taken', async () => {
    const missing = await runCli(['preview', 'no-such.json', '--port', '0'], { cwd: tempDir() });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no-such.json: no such file');

    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    const file = join(tempDir(), 'resume.json');
    writeFileSync(file, resumeNamed('Port Person'));
    try {
      const taken = await runCli(['preview', file, '--port', String(port)]);
      expect(taken.code).toBe(4);
      expect(taken.stderr.trim()).toBe(`error: port ${port} is in use; pick another with --port, or --port 0 for any free port`);
    } finally {
      blocker.close();
    }
  });
});

describeWithChromium('scholar preview in a browser tab', () => {
  it('reloads the open tab when the resume is saved', async () => {
    const file = join(tempDir(), 'resume.json');
    writeFileSync(file, resumeNamed('Before Edit'));
    const preview = await startPreview(file);
    const context = await chromium.launchPersistentContext(freshUserDataDir(), {
      executablePath: chromiumPath,
      args: CHROMIUM_FLAGS,
      headless: true,
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      // The edit must come after the tab's event stream is open, or there is nobody to tell.
      const connected = page.waitForResponse((response) => response.url().endsWith('/__scholar/events'));
      await page.goto(preview.url);
      expect(await page.textContent('h1')).toContain('Before Edit');
      await connected;
      const reloaded = page.waitForEvent('load');
      saveByRename(file, resumeNamed('After Edit'));
      await reloaded;
      expect(await page.textContent('h1')).toContain('After Edit');
    } finally {
      await context.close();
      preview.child.kill('SIGINT');
      await preview.exited;
    }
  });
});
