import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ReceivedHook = { path: string; headers: IncomingHttpHeaders; body: string };

/**
 * A real HTTP receiver on 127.0.0.1: paths starting with /fail answer 500, /slow never answer (until
 * the receiver closes), /big answer 200 with a megabyte, every other path 200.
 */
export class WebhookReceiver {
  readonly received: ReceivedHook[] = [];
  private readonly server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      this.received.push({ path, headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      if (path.startsWith('/slow')) return;
      if (path.startsWith('/big')) return response.writeHead(200, { 'content-type': 'text/plain' }).end('y'.repeat(1 << 20));
      const failing = path.startsWith('/fail');
      response.writeHead(failing ? 500 : 200, { 'content-type': 'text/plain' });
      response.end(failing ? `receiver broke ${'x'.repeat(2000)}` : 'ok');
    });
  });
  url = '';

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  at(path: string): ReceivedHook[] {
    return this.received.filter((hook) => hook.path === path);
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
