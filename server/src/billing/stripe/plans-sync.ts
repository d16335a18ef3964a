import type { EntityManager } from '@mikro-orm/postgresql';
import Stripe from 'stripe';
import { Plan, linkPlanToStripe, recordPriceVersion } from '../../domain/plans/index.js';
import { CREDIT_PACKS, lookupKeys, METER_EVENT_NAME } from './credit-packs.js';
import { StripeGateway } from './stripe-gateway.js';

export type SyncResult = { meterId: string; created: string[]; plans: number };

/**
 * Mirrors the catalog to Stripe, idempotently: products have our own ids (carlo_<plan>), prices
 * are found by lookup key and created only when missing, the meter by its event name. Running it
 * twice changes nothing; a changed amount creates a new price that takes the lookup key over and
 * a new price version of the plan (existing subscriptions keep their price until migrated).
 */
export async function syncPlans(em: EntityManager, gateway: StripeGateway): Promise<SyncResult> {
  const created: string[] = [];
  const meter = await ensureMeter(gateway, created);
  const plans = await em.find(Plan, { active: true }, { orderBy: { sortOrder: 'asc' } });
  const wanted = [
    ...plans.flatMap((plan) => [lookupKeys.base(plan.code), lookupKeys.overage(plan.code)]),
    ...CREDIT_PACKS.map((pack) => lookupKeys.pack(pack.code)),
  ];
  const existing = await pricesByLookupKey(gateway, wanted);
  for (const plan of plans) {
    if (plan.priceCents === 0) continue;
    const product = await ensureProduct(gateway, `carlo_${plan.code}`, `Carlo ${plan.name}`, { plan_code: plan.code }, created);
    const base = await ensurePrice(gateway, existing, created, {
      lookup_key: lookupKeys.base(plan.code),
      product,
      currency: plan.currency,
      unit_amount: plan.priceCents,
      recurring: { interval: 'month', usage_type: 'licensed' },
      metadata: { plan_code: plan.code, kind: 'base' },
    });
    let meteredPriceId: string | null = null;
    if (plan.overageCentsPer1000Credits !== null) {
      const overage = await ensurePrice(gateway, existing, created, {
        lookup_key: lookupKeys.overage(plan.code),
        product,
        currency: plan.currency,
        unit_amount_decimal: Stripe.Decimal.from((plan.overageCentsPer1000Credits / 1000).toString()),
        recurring: { interval: 'month', usage_type: 'metered', meter },
        metadata: { plan_code: plan.code, kind: 'overage' },
      });
      meteredPriceId = overage.id;
    }
    linkPlanToStripe(plan, { productId: product, basePriceId: base.id, meteredPriceId });
    await recordPriceVersion(em, plan);
  }
  const packProduct = await ensureProduct(gateway, 'carlo_credit_pack', 'Carlo prepaid credits', { kind: 'credit_pack' }, created);
  for (const pack of CREDIT_PACKS) {
    await ensurePrice(gateway, existing, created, {
      lookup_key: lookupKeys.pack(pack.code),
      product: packProduct,
      currency: pack.currency,
      unit_amount: pack.priceCents,
      metadata: { pack: pack.code, credits: String(pack.credits), kind: 'credit_pack' },
    });
  }
  await em.flush();
  return { meterId: meter, created, plans: plans.length };
}

async function ensureMeter(gateway: StripeGateway, created: string[]): Promise<string> {
  const meters = await gateway.call((stripe) => stripe.billing.meters.list({ limit: 100 }));
  const found = meters.data.find((meter) => meter.event_name === METER_EVENT_NAME && meter.status === 'active');
  if (found) return found.id;
  const meter = await gateway.call((stripe) =>
    stripe.billing.meters.create(
      {
        display_name: 'Carlo overage credits',
        event_name: METER_EVENT_NAME,
        default_aggregation: { formula: 'sum' },
        customer_mapping: { type: 'by_id', event_payload_key: 'stripe_customer_id' },
        value_settings: { event_payload_key: 'value' },
      },
      { idempotencyKey: StripeGateway.key('meter', METER_EVENT_NAME) },
    ),
  );
  created.push(meter.id);
  return meter.id;
}

async function ensureProduct(
  gateway: StripeGateway,
  id: string,
  name: string,
  metadata: Record<string, string>,
  created: string[],
): Promise<string> {
  try {
    const product = await gateway.call((stripe) => stripe.products.retrieve(id));
    return product.id;
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode !== 404) throw error;
  }
  const product = await gateway.call((stripe) =>
    stripe.products.create({ id, name, metadata }, { idempotencyKey: StripeGateway.key('product', id) }),
  );
  created.push(product.id);
  return product.id;
}

async function pricesByLookupKey(gateway: StripeGateway, keys: string[]): Promise<Map<string, Stripe.Price>> {
  const found = new Map<string, Stripe.Price>();
  // Stripe accepts at most 10 lookup keys per list call.
  for (let i = 0; i < keys.length; i += 10) {
    const page = await gateway.call((stripe) => stripe.prices.list({ lookup_keys: keys.slice(i, i + 10), limit: 100 }));
    for (const price of page.data) if (price.lookup_key) found.set(price.lookup_key, price);
  }
  return found;
}

type PriceSpec = Stripe.PriceCreateParams & { lookup_key: string };

async function ensurePrice(
  gateway: StripeGateway,
  existing: Map<string, Stripe.Price>,
  created: string[],
  spec: PriceSpec,
): Promise<Stripe.Price> {
  const current = existing.get(spec.lookup_key);
  if (current?.active && samePrice(current, spec)) return current;
  const price = await gateway.call((stripe) =>
    stripe.prices.create(
      { ...spec, transfer_lookup_key: current !== undefined },
      // The replaced price is part of the key, so going back to an earlier amount makes a new price instead of replaying the old one.
      {
        idempotencyKey: StripeGateway.key(
          'price',
          spec.lookup_key,
          spec.unit_amount ?? String(spec.unit_amount_decimal ?? ''),
          current?.id ?? 'first',
        ),
      },
    ),
  );
  created.push(price.id);
  existing.set(spec.lookup_key, price);
  return price;
}

function samePrice(price: Stripe.Price, spec: PriceSpec): boolean {
  if (spec.unit_amount !== undefined) return price.unit_amount === spec.unit_amount;
  return Number(String(price.unit_amount_decimal)) === Number(String(spec.unit_amount_decimal));
}
