import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../platform/config/index.js';
import { StripeGateway, TRIGGERS, isTrigger, triggerEvent } from '../../billing/index.js';

/**
 * `npm run stripe:trigger -- <event> --customer <cus_…|email|Carlo id>`: brings about one Stripe
 * event for a customer on a test clock (see TRIGGERS), through Stripe's API, so the running app gets
 * the webhooks as it would in production. Stripe with a test key, or the app's emulator.
 */
const { values, positionals } = parseArgs({ options: { customer: { type: 'string' } }, allowPositionals: true });
const [event] = positionals;
if (!event || !isTrigger(event) || !values.customer) {
  process.stderr.write(`Usage: npm run stripe:trigger -- <${TRIGGERS.join('|')}> --customer <cus_…|email|Carlo customer id>\n`);
  process.exit(2);
}
const config = loadConfig();
if (config.STRIPE_SECRET_KEY?.startsWith('sk_live_')) {
  process.stderr.write('stripe:trigger is for rehearsals: STRIPE_SECRET_KEY is a live key.\n');
  process.exit(2);
}
const gateway = new StripeGateway(
  config.STRIPE_SECRET_KEY
    ? { secretKey: config.STRIPE_SECRET_KEY }
    : { secretKey: 'sk_test_emulator', host: '127.0.0.1', port: config.STRIPE_EMULATOR_PORT, protocol: 'http' },
);
try {
  const outcome = await triggerEvent(gateway.stripe, event, values.customer);
  if ('canceled' in outcome) process.stdout.write(`stripe:trigger: canceled ${outcome.canceled}\n`);
  else for (const created of outcome.events) process.stdout.write(`stripe:trigger: ${created.id} ${created.type}\n`);
} catch (error) {
  process.stderr.write(`stripe:trigger: ${(error as Error).message}\n`);
  process.exitCode = 1;
} finally {
  gateway.shutdown();
}
