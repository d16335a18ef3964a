import type { FastifyInstance } from 'fastify';

const pages: Record<string, { title: string; text: string }> = {
  '/billing/success': {
    title: 'Payment received',
    text: 'Thank you. Stripe confirms the payment to Carlo in a few seconds. A plan gives your API keys full access then (query `me` to check); a credit pack adds its credits to your prepaid balance, spent after the month\'s included credits and carried over from month to month. <a href="/portal/">Open your account portal</a>.',
  },
  '/billing/cancel': {
    title: 'Checkout cancelled',
    text: 'Nothing was charged. Call createCheckoutSession for a new Checkout link when you are ready.',
  },
  '/billing/return': {
    title: 'Back from the billing portal',
    text: 'Changes made in the billing portal reach Carlo within seconds. <a href="/portal/billing">Back to billing</a>.',
  },
};

/** Where Stripe Checkout and the billing portal send the customer back: short static pages. */
export function registerBillingPages(app: FastifyInstance): void {
  for (const [url, { title, text }] of Object.entries(pages)) {
    app.get(url, async (_request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send(
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} · Carlo</title></head><body style="font-family:system-ui;max-width:36rem;margin:4rem auto"><h1>${title}</h1><p>${text}</p></body></html>`,
        ),
    );
  }
}
