import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The customers' receiver of bench:webhooks-out, in a process of its own: it answers 200 at once
 * and prints one line per first arrival of an event id ("<id> <delay ms> <arrived at ms>").
 * Its first line is {"url": …}.
 */
const seen = new Set<string>();
const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const at = Date.now();
    const event = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id: string; createdAt: string };
    if (!seen.has(event.id)) {
      seen.add(event.id);
      process.stdout.write(`${event.id} ${at - Date.parse(event.createdAt)} ${at}\n`);
    }
    response.writeHead(200).end('ok');
  });
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/carlo-events` })}\n`);
});
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
