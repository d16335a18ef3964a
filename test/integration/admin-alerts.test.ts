import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AdminAlertDetectors,
  FAILING_ENDPOINT_STREAK,
  SPIKE_BASELINE_HOURS,
  SPIKE_FLOOR_CREDITS,
} from '../../server/src/notifications/index.js';
import { AdminRole } from '../../server/src/platform/staff/admin-role.js';
import { graphql } from '../generated/index.js';
import { type CustomerWithKey, customerWithKey, signedInAdmin } from '../support/factories.js';
import { errorCodes } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { until } from './billing-helpers.js';
import { sql } from './credits-helpers.js';

const Alerts = graphql(`
  query AlertsList($status: AdminAlertStatus, $kind: AdminAlertKind) {
    adminAlerts(status: $status, kind: $kind, perPage: 100) { totalCount items { id kind status subject customerId acknowledgedByEmail acknowledgementNote details } }
  }
`);
const Acknowledge = graphql(`
  mutation AlertsAcknowledge($id: ID!, $note: String!) {
    acknowledgeAdminAlert(id: $id, note: $note) { id status acknowledgedByEmail acknowledgementNote closedAt }
  }
`);
const OptIn = graphql(`mutation AlertsOptIn($enabled: Boolean!) { setMyAlertEmails(enabled: $enabled) { id alertEmails } }`);

type AlertRow = {
  id: string;
  kind: string;
  acknowledged_at: Date | null;
  acknowledged_by_id: string | null;
  details: Record<string, unknown>;
};

let app: TestApp;
let detectors: AdminAlertDetectors;

beforeAll(async () => {
  // No periodic detection in this app: each test runs the detectors itself, so none races its steps.
  app = await startTestApp({ NOTIFICATIONS_WORKER: 'false' });
  detectors = app.services.alertDetectors;
});

afterAll(async () => {
  await app?.close();
});

/** Usage rows of a customer: `credits` each, at the given times. */
async function usage(customer: CustomerWithKey, credits: number, at: Date[]): Promise<void> {
  for (const occurredAt of at) {
    await sql(
      app,
      `insert into usage_event (request_id, customer_id, api_key_id, period_start, operation_name, requested_credits, actual_credits, charged_credits, overage_credits, status, latency_ms, occurred_at, stripe_report_state)
       values (?, ?, ?, date_trunc('month', now()), 'runSimulation', ?, ?, ?, 0, 'ok', 5, ?, 'not_billable')`,
      [`alert-${randomUUID()}`, customer.customer.id, customer.keyId, credits, credits, credits, occurredAt],
    );
  }
}

function alertsOf(kind: string, subjectId: string): Promise<AlertRow[]> {
  return sql<AlertRow>(
    app,
    'select id, kind, acknowledged_at, acknowledged_by_id, details from admin_alert where kind = ? and dedupe_key like ? order by opened_at',
    [kind, `${kind}:${subjectId}%`],
  );
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

describe('usage spike', () => {
  it('opens one alert for a customer far above its own baseline, and repeated detection does not duplicate it', async () => {
    const spiking = await customerWithKey(app);
    await usage(spiking, SPIKE_FLOOR_CREDITS, [minutesAgo(5), minutesAgo(20)]);
    await detectors.detectAll();
    await detectors.detectAll();
    const alerts = await alertsOf('usage_spike', spiking.customer.id);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.acknowledged_at).toBeNull();
    expect(alerts[0]?.details).toMatchObject({ customerId: spiking.customer.id, lastHourCredits: 2 * SPIKE_FLOOR_CREDITS });
  });

  it('opens none for a customer whose last hour is ordinary against its trailing week', async () => {
    const steady = await customerWithKey(app);
    // A mean of 1,000 credits an hour over the week: 2,000 in the last hour is only twice that.
    const perDay = (SPIKE_BASELINE_HOURS / 7) * 1_000;
    await usage(
      steady,
      perDay,
      [1, 2, 3, 4, 5, 6, 7].map((day) => minutesAgo(day * 24 * 60 - 90)),
    );
    await usage(steady, SPIKE_FLOOR_CREDITS, [minutesAgo(5), minutesAgo(20)]);
    await detectors.detectAll();
    expect(await alertsOf('usage_spike', steady.customer.id)).toHaveLength(0);
  });
});

describe('failed payment', () => {
  it('opens one alert while the subscription is past due and resolves it once paid', async () => {
    const late = await customerWithKey(app);
    await sql(app, 'update subscription set past_due_since = now() where customer_id = ?', [late.customer.id]);
    await detectors.detectAll();
    await detectors.detectAll();
    const [subscription] = await sql<{ id: string }>(app, 'select id from subscription where customer_id = ?', [late.customer.id]);
    const open = await alertsOf('payment_failed', subscription?.id ?? '');
    expect(open).toHaveLength(1);
    expect(open[0]?.acknowledged_at).toBeNull();
    await sql(app, 'update subscription set past_due_since = null where customer_id = ?', [late.customer.id]);
    await detectors.detectAll();
    const resolved = await alertsOf('payment_failed', subscription?.id ?? '');
    expect(resolved).toHaveLength(1);
    expect(resolved[0]?.acknowledged_at).not.toBeNull();
    expect(resolved[0]?.acknowledged_by_id).toBeNull();
  });
});

describe('meter drift', () => {
  it('opens one alert for a customer whose reported hours differ from the Stripe meter', async () => {
    const drifting = await customerWithKey(app);
    await sql(
      app,
      `insert into meter_drift (customer_id, hour_start, local_credits, stripe_credits) values (?, date_trunc('hour', now()) - interval '2 hours', 100, 130)`,
      [drifting.customer.id],
    );
    await detectors.detectAll();
    await detectors.detectAll();
    const alerts = await alertsOf('meter_drift', drifting.customer.id);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.details).toMatchObject({ driftCredits: 30, hoursWithDrift: 1 });
  });
});

describe('failing webhook endpoint', () => {
  it('opens one alert at a failure streak and resolves it once deliveries succeed again', async () => {
    const owner = await customerWithKey(app);
    const endpointId = randomUUID();
    await sql(
      app,
      `insert into webhook_endpoint (id, created_at, updated_at, customer_id, url, description, event_types, signing_secret, failure_streak)
       values (?, now(), now(), ?, 'https://receiver.example.test/hook', '', '{invoice.paid}', 'whsec_test', ?)`,
      [endpointId, owner.customer.id, FAILING_ENDPOINT_STREAK],
    );
    await detectors.detectAll();
    await detectors.detectAll();
    expect(await alertsOf('webhook_endpoint_failing', endpointId)).toHaveLength(1);
    await sql(app, 'update webhook_endpoint set failure_streak = 0 where id = ?', [endpointId]);
    await detectors.detectAll();
    const [alert] = await alertsOf('webhook_endpoint_failing', endpointId);
    expect(alert?.acknowledged_at).not.toBeNull();
  });
});

describe('Stripe circuit open', () => {
  it('opens one alert while the breaker is open and resolves it when it closes, also from the circuit detector alone (API processes without worker duties)', async () => {
    let circuitOpen = true;
    const watching = new AdminAlertDetectors({
      orm: app.services.orm,
      mail: app.services.mail,
      logger: app.services.logger,
      stripeCircuitOpen: () => circuitOpen,
    });
    const before = new Date();
    await watching.detectAll();
    await watching.detectCircuit();
    const opened = await sql<AlertRow>(
      app,
      "select id, acknowledged_at from admin_alert where kind = 'stripe_circuit_open' and opened_at >= ?",
      [before],
    );
    expect(opened).toHaveLength(1);
    circuitOpen = false;
    await watching.detectCircuit();
    const [closed] = await sql<AlertRow>(app, 'select id, acknowledged_at from admin_alert where id = ?', [opened[0]?.id]);
    expect(closed?.acknowledged_at).not.toBeNull();
  });
});

describe('console', () => {
  it('lists open alerts, lets support acknowledge one with a note (audited) and refuses finance', async () => {
    const spiking = await customerWithKey(app);
    await usage(spiking, 2 * SPIKE_FLOOR_CREDITS, [minutesAgo(1)]);
    await detectors.detectAll();
    const support = await signedInAdmin(app, AdminRole.SUPPORT);
    const finance = await signedInAdmin(app, AdminRole.FINANCE);
    const listed = await app.client.request(Alerts, { status: 'OPEN', kind: 'USAGE_SPIKE' }, { cookie: finance.cookie });
    expect(listed.errors).toEqual([]);
    const alert = listed.data?.adminAlerts.items.find((item) => item.customerId === spiking.customer.id);
    expect(alert).toMatchObject({ kind: 'USAGE_SPIKE', status: 'OPEN', subject: spiking.customer.company });
    const id = alert?.id ?? '';

    const refused = await app.client.request(Acknowledge, { id, note: 'not mine' }, { cookie: finance.cookie });
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);

    const acknowledged = await app.client.request(Acknowledge, { id, note: 'customer ran a planned backtest' }, { cookie: support.cookie });
    expect(acknowledged.errors).toEqual([]);
    expect(acknowledged.data?.acknowledgeAdminAlert).toMatchObject({
      status: 'ACKNOWLEDGED',
      acknowledgedByEmail: support.email,
      acknowledgementNote: 'customer ran a planned backtest',
    });
    const audit = await sql<{ actor_email: string; after: Record<string, unknown> }>(
      app,
      "select actor_email, after from audit_log where action = 'admin_alert.acknowledge' and target_id = ?",
      [id],
    );
    expect(audit).toEqual([{ actor_email: support.email, after: expect.objectContaining({ note: 'customer ran a planned backtest' }) }]);

    const again = await app.client.request(Acknowledge, { id, note: '' }, { cookie: support.cookie });
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    // Acknowledged, the customer's continuing spike stays quiet instead of opening again on the next turn.
    await detectors.detectAll();
    expect(await alertsOf('usage_spike', spiking.customer.id)).toHaveLength(1);
  });
});

describe('alert mail', () => {
  it('mails each opted-in admin once per opened alert and nobody who did not opt in', async () => {
    const subscribed = await signedInAdmin(app, AdminRole.ADMIN);
    const quiet = await signedInAdmin(app, AdminRole.ADMIN);
    const optIn = await app.client.request(OptIn, { enabled: true }, { cookie: subscribed.cookie });
    expect(optIn.data?.setMyAlertEmails).toEqual({ id: subscribed.id, alertEmails: true });
    const spiking = await customerWithKey(app);
    await usage(spiking, 3 * SPIKE_FLOOR_CREDITS, [minutesAgo(2)]);
    await detectors.detectAll();
    await detectors.detectAll();
    const sink = app.services.mail.sink;
    if (!sink) throw new Error('the test app runs with the development mail sink');
    const about = (mail: { subject: string }) => mail.subject.includes(spiking.customer.company);
    const forSubscribed = await until(
      async () => sink.messages().filter((mail) => about(mail) && mail.to.includes(subscribed.email)),
      (mails) => mails.length > 0,
      'the alert mail to the opted-in admin',
    );
    expect(forSubscribed).toHaveLength(1);
    expect(forSubscribed[0]?.subject).toMatch(/usage spike/);
    expect(sink.messages().filter((mail) => about(mail) && mail.to.includes(quiet.email))).toEqual([]);
  });
});
