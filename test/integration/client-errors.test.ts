import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  AuthenticationError,
  Carlo,
  CarloError,
  CostLimitExceededError,
  InternalServerError,
  NotFoundError,
  PaymentRequiredError,
  PermissionError,
  QuotaExceededError,
  TimeoutError,
  UnavailableError,
  ValidationError,
} from '@carlo/client';
import { SubscriptionStatus } from '../../server/src/domain/subscriptions/subscription.entity.js';
import { ApiKeyScope } from '../../server/src/domain/keys/api-key.entity.js';
import { customerWithKey } from '../support/factories.js';
import { startProxy, type Proxy as TcpProxy } from '../support/tcp-proxy.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { NO_THROTTLE, setOverrides, sql } from './credits-helpers.js';
import { referenceModel, sharedDatabase } from './simulation-fixtures.js';

let database: Awaited<ReturnType<typeof sharedDatabase>>;
let databaseProxy: TcpProxy;
let app: TestApp;

beforeAll(async () => {
  database = await sharedDatabase();
  // The database sits behind a proxy that one test cuts, to see the API answer UNAVAILABLE.
  databaseProxy = await startProxy(new URL(database.url));
  app = await startTestApp({
    DATABASE_URL: databaseProxy.url,
    DATABASE_POOL_MAX: inject('databaseUrl') ? '4' : '1',
    STRIPE_EMULATOR_PORT: '0',
  });
});

afterAll(async () => {
  await app?.close();
  await databaseProxy?.close();
  await database?.close();
});

async function caught(work: Promise<unknown>): Promise<CarloError> {
  const error = await work.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof CarloError)) throw new Error(`expected a CarloError, got ${String(error)}`);
  return error;
}

async function sdkFor(options: { plan?: string; status?: SubscriptionStatus; scopes?: ApiKeyScope[] } = {}) {
  const owner = await customerWithKey(app, options);
  await setOverrides(app, owner.customer.id, NO_THROTTLE);
  return { ...owner, carlo: new Carlo({ apiKey: owner.key, baseUrl: app.url, maxRetries: 0 }) };
}

describe('typed errors from the live server', () => {
  it('refuses to start without a key, naming CARLO_API_KEY, and takes the key from it', async () => {
    const saved = process.env.CARLO_API_KEY;
    try {
      delete process.env.CARLO_API_KEY;
      expect(() => new Carlo({ baseUrl: app.url })).toThrow(/CARLO_API_KEY/);
      const { key, customer } = await customerWithKey(app);
      process.env.CARLO_API_KEY = key;
      expect((await new Carlo({ baseUrl: app.url }).account.me()).id).toBe(customer.id);
    } finally {
      if (saved === undefined) delete process.env.CARLO_API_KEY;
      else process.env.CARLO_API_KEY = saved;
    }
  });

  it('AuthenticationError for an unknown key, with the request id and status', async () => {
    const error = await caught(new Carlo({ apiKey: 'mc_live_unknown', baseUrl: app.url }).account.me());
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('PermissionError for a key without the scope', async () => {
    const { carlo } = await sdkFor({ scopes: [ApiKeyScope.SIMULATIONS_READ] });
    const error = await caught(carlo.keys.list());
    expect(error).toBeInstanceOf(PermissionError);
    expect(error).toMatchObject({ code: 'FORBIDDEN', details: { requiredScope: 'keys:manage' } });
  });

  it('NotFoundError for a run of no one', async () => {
    const { carlo } = await sdkFor();
    const error = await caught(carlo.simulations.get(randomUUID()));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.code).toBe('NOT_FOUND');
  });

  it('ValidationError with the field paths of a refused model', async () => {
    const { carlo } = await sdkFor();
    const model = { ...referenceModel(10_000), outputs: [{ name: 'y', formula: 'x0 +* nope' }] };
    const error = await caught(carlo.simulations.run(model));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect((error as ValidationError).fields).toEqual(['input.outputs[0].formula']);
  });

  it('CostLimitExceededError for a call over the per-request maximum', async () => {
    const { carlo } = await sdkFor();
    // 20,000,000 iterations x 30 inputs = 6,000 credits, over the default maximum of 5,000.
    const inputs = Array.from({ length: 30 }, (_, i) => ({ name: `x${i}`, distribution: { type: 'UNIFORM' as const, min: 0, max: 1 } }));
    const error = await caught(carlo.simulations.start({ iterations: 20_000_000, inputs, outputs: [{ name: 'y', formula: 'x0' }] }));
    expect(error).toBeInstanceOf(CostLimitExceededError);
    expect(error).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', details: { requestedCredits: 6000, maximumCredits: 5000 } });
  });

  it('QuotaExceededError when a hard-stop plan has no credits left', async () => {
    const { carlo, customer } = await sdkFor({ plan: 'free' });
    await setOverrides(app, customer.id, { ...NO_THROTTLE, includedCredits: 0 });
    const error = await caught(carlo.simulations.run(referenceModel(10_000)));
    expect(error).toBeInstanceOf(QuotaExceededError);
    expect(error).toMatchObject({ code: 'QUOTA_EXCEEDED', status: 402, details: { requestedCredits: 1, availableCredits: 0 } });
  });

  it('PaymentRequiredError for an account waiting for its first payment', async () => {
    const { carlo } = await sdkFor({ status: SubscriptionStatus.INCOMPLETE });
    const error = await caught(carlo.simulations.run(referenceModel(10_000)));
    expect(error).toBeInstanceOf(PaymentRequiredError);
    expect(error.code).toBe('PAYMENT_REQUIRED');
  });

  it('UnavailableError when the API cannot reach its database, and nothing is charged', async () => {
    const { carlo, customer } = await sdkFor();
    await carlo.account.me();
    databaseProxy.cut();
    try {
      const error = await caught(carlo.simulations.run(referenceModel(10_000)));
      expect(error).toBeInstanceOf(UnavailableError);
      expect(error).toMatchObject({ code: 'UNAVAILABLE', status: 503 });
    } finally {
      databaseProxy.restore();
    }
    const events = await sql<{ operation_name: string }>(app, 'select operation_name from usage_event where customer_id = ?', [
      customer.id,
    ]);
    expect(events).toEqual([{ operation_name: 'CarloMe' }]);
  });
});

describe('errors without a usable answer from Carlo', () => {
  let stand: Server;
  let standUrl = '';
  let silent: net.Server;
  let silentUrl = '';
  const silentSockets = new Set<net.Socket>();

  beforeAll(async () => {
    // A stand-in for what sits between clients and Carlo: a load balancer's HTML 502, and a
    // Carlo-shaped INTERNAL, which the real server sends only on a bug.
    stand = createServer((request, response) => {
      if (request.url === '/lb/graphql')
        return void response.writeHead(502, { 'content-type': 'text/html' }).end('<html>Bad gateway</html>');
      response
        .writeHead(500, { 'content-type': 'application/json', 'x-request-id': 'req-1' })
        .end(JSON.stringify({ errors: [{ message: 'Something went wrong on our side.', extensions: { code: 'INTERNAL' } }] }));
    });
    await new Promise<void>((resolve) => stand.listen(0, '127.0.0.1', () => resolve()));
    standUrl = `http://127.0.0.1:${(stand.address() as net.AddressInfo).port}`;
    // Accepts connections and never answers.
    silent = net.createServer((socket) => silentSockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', () => resolve()));
    silentUrl = `http://127.0.0.1:${(silent.address() as net.AddressInfo).port}`;
  });

  afterAll(async () => {
    stand?.closeAllConnections();
    await new Promise((resolve) => stand?.close(resolve));
    for (const socket of silentSockets) socket.destroy();
    await new Promise((resolve) => silent?.close(resolve));
  });

  it('InternalServerError for INTERNAL, with the request id to quote', async () => {
    const error = await caught(new Carlo({ apiKey: 'k', baseUrl: standUrl, maxRetries: 0 }).account.me());
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ code: 'INTERNAL', status: 500, requestId: 'req-1' });
  });

  it('INVALID_RESPONSE for a body that is not GraphQL', async () => {
    const error = await caught(new Carlo({ apiKey: 'k', baseUrl: `${standUrl}/lb`, maxRetries: 0 }).account.me());
    expect(error).toMatchObject({ name: 'CarloError', code: 'INVALID_RESPONSE', status: 502 });
  });

  it('TimeoutError when no answer comes within timeoutMs', async () => {
    const error = await caught(new Carlo({ apiKey: 'k', baseUrl: silentUrl, timeoutMs: 300, maxRetries: 0 }).account.me());
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.code).toBe('TIMEOUT');
  });

  it('ConnectionError when nothing listens', async () => {
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', () => resolve()));
    const { port } = closed.address() as net.AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const error = await caught(new Carlo({ apiKey: 'k', baseUrl: `http://127.0.0.1:${port}` }).account.me());
    expect(error).toMatchObject({ name: 'ConnectionError', code: 'CONNECTION', status: null });
  });
});
