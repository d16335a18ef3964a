import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerWithKey } from '../support/factories.js';
import { PROBE_QUERY } from '../support/probe.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { NO_THROTTLE, setOverrides } from './credits-helpers.js';
import { referenceModel } from './simulation-fixtures.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

/**
 * One kept-alive connection: `first` is sent at once, `second` only after the first response has
 * arrived in full, the way a client reuses its connection. Resolves with everything received.
 */
function twoOnOneConnection(port: number, first: string, second: string): { sent: Promise<void>; responses: Promise<string> } {
  const socket = net.connect(port, '127.0.0.1');
  let received = '';
  let secondSent = false;
  const responses = new Promise<string>((resolve, reject) => {
    socket.on('data', (chunk) => {
      received += chunk.toString('utf8');
      const head = received.indexOf('\r\n\r\n');
      const length = /content-length: (\d+)/i.exec(received)?.[1];
      if (!secondSent && head >= 0 && length !== undefined && Buffer.byteLength(received) >= head + 4 + Number(length)) {
        secondSent = true;
        socket.write(second);
      }
    });
    socket.on('close', () => resolve(received));
    socket.on('error', reject);
  });
  const sent = new Promise<void>((resolve) => socket.once('connect', () => socket.write(first, () => resolve())));
  return { sent, responses };
}

function post(body: string, key: string): string {
  return `POST /graphql HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\nauthorization: Bearer ${key}\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

describe('draining on shutdown', () => {
  it('finishes the running request and refuses the next one on its kept-alive connection with 503 UNAVAILABLE', async () => {
    const { customer, key } = await customerWithKey(app, { plan: 'pro' });
    await setOverrides(app, customer.id, NO_THROTTLE);
    const slow = JSON.stringify({
      query: 'mutation DrainSlow($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }',
      variables: { input: referenceModel(1_000_000) },
    });
    const quick = JSON.stringify({ query: PROBE_QUERY });
    const port = Number(new URL(app.url).port);
    const { sent, responses } = twoOnOneConnection(port, post(slow, key), post(quick, key));
    await sent;
    // Let the first request reach its handler, then start the shutdown while it runs.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closed = app.app.close();
    const raw = await responses;
    await closed;
    const statuses = [...raw.matchAll(/^HTTP\/1\.1 (\d{3})/gm)].map((match) => Number(match[1]));
    expect(statuses).toEqual([200, 503]);
    expect(raw).toContain('"iterationsRun":1000000');
    expect(raw).toContain('"code":"UNAVAILABLE"');
  });
});
