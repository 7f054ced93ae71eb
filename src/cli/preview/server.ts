// The preview HTTP server on 127.0.0.1: the page at "/", server-sent events for reloads.
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CliError, EXIT } from '../errors';
import { EVENTS_PATH } from './pages';

export interface Page {
  status: number;
  html: string;
}

export interface PreviewServer {
  url: string;
  /** Tells every open tab to reload; returns how many were told. */
  reload: () => number;
  close: () => Promise<void>;
}

const HEARTBEAT_MS = 25_000;

/**
 * Whether a request was addressed to this server by a loopback name. A web page that points its own
 * host name at 127.0.0.1 (DNS rebinding) sends that name as Host, and must not read the CV.
 */
function isOwnHost(host: string | undefined, port: number): boolean {
  const name = host?.toLowerCase();
  return name === `127.0.0.1:${port}` || name === `localhost:${port}` || name === `[::1]:${port}`;
}

export async function startPreviewServer(port: number, currentPage: () => Page): Promise<PreviewServer> {
  const clients = new Set<ServerResponse>();

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const { port: ownPort } = server.address() as AddressInfo;
    if (!isOwnHost(request.headers.host, ownPort)) {
      response.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(`Forbidden: the preview answers only to http://127.0.0.1:${ownPort}/ and http://localhost:${ownPort}/\n`);
    } else if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    } else if (path === EVENTS_PATH) {
      response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      response.write('retry: 1000\n: connected\n\n');
      clients.add(response);
      request.on('close', () => clients.delete(response));
    } else if (path === '/' || path === '/index.html') {
      const page = currentPage();
      response.writeHead(page.status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end(request.method === 'HEAD' ? undefined : page.html);
    } else {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found: the preview serves only /\n');
    }
  });

  const heartbeat = setInterval(() => clients.forEach((client) => client.write(': ping\n\n')), HEARTBEAT_MS);
  heartbeat.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const reason =
        error.code === 'EADDRINUSE' ? 'is in use; pick another with --port, or --port 0 for any free port' : `: ${error.message}`;
      reject(new CliError(`port ${port} ${reason}`.replace(' :', ':'), EXIT.failed));
    });
    server.listen(port, '127.0.0.1', resolve);
  });

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    reload: () => {
      clients.forEach((client) => client.write(`event: reload\ndata: ${Date.now()}\n\n`));
      return clients.size;
    },
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(heartbeat);
        clients.forEach((client) => client.end());
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
