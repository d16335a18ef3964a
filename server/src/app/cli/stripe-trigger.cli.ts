import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { TRIGGERS, isTrigger, triggerEvent } from '../../billing/index.js';
import { rehearse } from './rehearsal-stripe.js';

/**
 * `npm run stripe:trigger -- <event> --customer <cus_…|email|Carlo id>`: brings about one Stripe
 * event for a customer on a test clock (see TRIGGERS), through Stripe's API, so the running app gets
 * the webhooks as it would in production. Stripe with a test key, or the app's emulator.
 */
const { values, positionals } = parseArgs({ options: { customer: { type: 'string' } }, allowPositionals: true });
const [event] = positionals;
const { customer } = values;
if (!event || !isTrigger(event) || !customer) {
  process.stderr.write(`Usage: npm run stripe:trigger -- <${TRIGGERS.join('|')}> --customer <cus_…|email|Carlo customer id>\n`);
  process.exit(2);
}
await rehearse('stripe:trigger', async (stripe) => {
  const outcome = await triggerEvent(stripe, event, customer);
  if ('canceled' in outcome) process.stdout.write(`stripe:trigger: canceled ${outcome.canceled}\n`);
  else for (const created of outcome.events) process.stdout.write(`stripe:trigger: ${created.id} ${created.type}\n`);
});
