import { startStripeEmulator } from './index.js';

// `npm run stripe:emulator`: the emulator alone, for running the app against it by hand.
const port = Number(process.env.STRIPE_EMULATOR_PORT ?? 12111);
const webhookUrl = process.env.STRIPE_EMULATOR_WEBHOOK_URL;
const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET;
const logger = {
  info: (obj: object, msg?: string) => console.log(msg ?? '', JSON.stringify(obj)),
  warn: (obj: object, msg?: string) => console.warn(msg ?? '', JSON.stringify(obj)),
};

const emulator = await startStripeEmulator({
  port,
  host: process.env.STRIPE_EMULATOR_HOST ?? '127.0.0.1',
  publicUrl: process.env.STRIPE_EMULATOR_PUBLIC_URL,
  stateFile: process.env.STRIPE_EMULATOR_STATE_FILE ?? '.data/stripe-emulator.json',
  webhookEndpoints: webhookUrl && webhookSecret ? [{ url: webhookUrl, secret: webhookSecret }] : [],
  logger,
});
console.log(`Stripe emulator on ${emulator.url} (use new Stripe('sk_test_…', { host, port: ${emulator.port}, protocol: 'http' }))`);
if (webhookUrl && !webhookSecret)
  console.warn('STRIPE_EMULATOR_WEBHOOK_URL is set but STRIPE_WEBHOOK_SECRET is not: no webhooks will be sent.');

const stop = (): void => {
  void emulator.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
