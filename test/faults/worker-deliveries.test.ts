import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberRole } from '../../server/src/domain/members/member-role.js';
import { graphql } from '../generated/index.js';
import { until } from '../integration/billing-helpers.js';
import { sql } from '../integration/credits-helpers.js';
import { sharedDatabase } from '../integration/simulation-fixtures.js';
import { WebhookReceiver } from '../integration/webhook-receiver.js';
import { customerWithKey } from '../support/factories.js';
import { signedInMember } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CreateEndpoint = graphql(`
  mutation WorkerCreateEndpoint($url: String!, $eventTypes: [String!]!) {
    createWebhookEndpoint(url: $url, eventTypes: $eventTypes) { endpoint { id } }
  }
`);
const SendTest = graphql(`mutation WorkerSendTest($endpointId: ID!) { sendTestWebhook(endpointId: $endpointId) }`);

const root = fileURLToPath(new URL('../..', import.meta.url));
const secrets = { API_KEY_PEPPER: randomBytes(24).toString('hex'), SESSION_SECRET: randomBytes(24).toString('hex') };
const receiver = new WebhookReceiver();
let database: Awaited<ReturnType<typeof sharedDatabase>>;
let worker: ChildProcess | null = null;
let app: TestApp | null = null;

beforeAll(async () => {
  database = await sharedDatabase();
  await receiver.listen();
});
afterAll(async () => {
  worker?.kill('SIGKILL');
  await app?.close();
  await receiver.close();
  await database?.close();
});

describe('the standalone worker', () => {
  it('makes webhook deliveries and runs the alert detectors when the API process has no worker duties', { timeout: 120_000 }, async () => {
    const api = await startTestApp({
      DATABASE_URL: database.url,
      NOTIFICATIONS_WORKER: 'false',
      STRIPE_EMULATOR_PORT: '0',
      ...secrets,
    });
    app = api;
    const { customer } = await customerWithKey(api);
    const owner = await signedInMember(api, customer.id, MemberRole.OWNER);
    const path = `/worker-${randomUUID()}`;
    const created = await api.client.request(
      CreateEndpoint,
      { url: `${receiver.url}${path}`, eventTypes: ['invoice.paid'] },
      { cookie: owner.cookie },
    );
    expect(created.errors).toEqual([]);
    const sent = await api.client.request(
      SendTest,
      { endpointId: created.data?.createWebhookEndpoint.endpoint.id ?? '' },
      { cookie: owner.cookie },
    );
    expect(sent.errors).toEqual([]);
    await sql(api, 'update subscription set past_due_since = now() where customer_id = ?', [customer.id]);

    worker = spawn(process.execPath, ['--import', 'tsx', 'server/src/app/worker.ts'], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: database.url,
        DATABASE_POOL_MAX: '2',
        LOG_LEVEL: 'silent',
        SMTP_SINK_PORT: '0',
        ...secrets,
      },
      stdio: 'ignore',
    });

    const [hook] = await until(
      async () => receiver.at(path),
      (hooks) => hooks.length > 0,
      'the delivery made by the worker process',
      90_000,
    );
    expect(hook?.headers['carlo-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    const alerts = await until(
      () =>
        sql<{ kind: string }>(api, "select kind from admin_alert where kind = 'payment_failed' and details->>'customerId' = ?", [
          customer.id,
        ]),
      (rows) => rows.length > 0,
      'the payment_failed alert opened by the worker process',
      30_000,
    );
    expect(alerts).toHaveLength(1);
  });
});
