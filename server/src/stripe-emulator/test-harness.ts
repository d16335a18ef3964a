import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { startStripeEmulator, type StripeEmulator, type StripeEmulatorOptions } from './index.js';

export const WEBHOOK_SECRET = 'whsec_test_emulator_secret';

export type Harness = { emulator: StripeEmulator; stripe: Stripe; close(): Promise<void> };

export function sdkFor(emulator: StripeEmulator): Stripe {
  return new Stripe('sk_test_emulator', { host: '127.0.0.1', port: emulator.port, protocol: 'http', maxNetworkRetries: 0 });
}

export async function startHarness(options: StripeEmulatorOptions = {}): Promise<Harness> {
  const emulator = await startStripeEmulator({ webhookRetryDelaysMs: [20, 40, 80], ...options });
  return { emulator, stripe: sdkFor(emulator), close: () => emulator.close() };
}

export type Delivery = {
  body: string;
  signature: string;
  event: { id: string; type: string; data: { object: { id?: string; status?: string } } };
};

/** A webhook receiver on 127.0.0.1 whose answer each test can script (default 200). */
export class WebhookReceiver {
  readonly deliveries: Delivery[] = [];
  attempts = 0;
  respond: (attempt: number) => number = () => 200;
  private server: Server | null = null;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.attempts += 1;
        const status = this.respond(this.attempts);
        const body = Buffer.concat(chunks).toString('utf8');
        if (status >= 200 && status < 300)
          this.deliveries.push({ body, signature: String(req.headers['stripe-signature']), event: JSON.parse(body) as Delivery['event'] });
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', () => resolve()));
    const address = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${address.port}/webhooks/stripe`;
    return this;
  }

  types(): string[] {
    return this.deliveries.map((d) => d.event.type);
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** Polls until `check` returns a value, failing after the deadline (never a blind sleep). */
export async function waitFor<T>(
  check: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  timeoutMs = 5_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('waitFor: condition not met before the deadline');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Pays a hosted Checkout page like a browser form post; returns the raw response. */
export async function payCheckout(url: string, card: string, email = 'buyer@example.com'): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ card_number: card, exp: '12/34', cvc: '123', email }).toString(),
  });
}

export const DAY = 86_400;

/** A catalog like Carlo's: a meter, a monthly base price and a metered overage price. */
export async function seedCatalog(
  stripe: Stripe,
  suffix = Math.random().toString(36).slice(2, 8),
): Promise<{ meter: Stripe.Billing.Meter; base: Stripe.Price; pro: Stripe.Price; overage: Stripe.Price }> {
  const meter = await stripe.billing.meters.create({
    display_name: 'Simulation credits',
    event_name: `credits_${suffix}`,
    default_aggregation: { formula: 'sum' },
    customer_mapping: { type: 'by_id', event_payload_key: 'stripe_customer_id' },
    value_settings: { event_payload_key: 'value' },
  });
  const product = await stripe.products.create({ name: 'Carlo Starter' });
  const base = await stripe.prices.create({
    product: product.id,
    currency: 'usd',
    unit_amount: 2000,
    recurring: { interval: 'month' },
    lookup_key: `starter_${suffix}`,
  });
  const pro = await stripe.prices.create({
    product: product.id,
    currency: 'usd',
    unit_amount: 5000,
    recurring: { interval: 'month' },
    lookup_key: `pro_${suffix}`,
  });
  const overage = await stripe.prices.create({
    product: product.id,
    currency: 'usd',
    unit_amount_decimal: Stripe.Decimal.from('0.5'),
    recurring: { interval: 'month', usage_type: 'metered', meter: meter.id },
    lookup_key: `overage_${suffix}`,
  });
  return { meter, base, pro, overage };
}
