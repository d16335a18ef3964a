import type Stripe from 'stripe';
import type { Core } from '../core.js';
import { changedFields } from '../billing/periods.js';
import type { Params } from '../http/form-codec.js';
import { listOf, newestFirst } from '../http/list.js';
import { mergeMetadata, optArr, optBool, optInt, optObj, optStr, reqStr, strings } from '../http/params.js';
import type { Route } from '../http/router.js';
import { invalidRequest, missingParam } from '../http/stripe-error.js';
import { priceObject, productObject } from '../objects/catalog-objects.js';
import { newId } from '../state/ids.js';
import { found, priceById } from './lookup.js';

function createProduct(core: Core, params: Params): Stripe.Product {
  const product = productObject({
    id: optStr(params, 'id') ?? newId('prod', 14),
    created: core.wallNow(),
    name: reqStr(params, 'name'),
    description: optStr(params, 'description') ?? null,
    active: optBool(params, 'active') ?? true,
    metadata: mergeMetadata({}, params),
  });
  if (core.state.products[product.id]) throw invalidRequest(`Product already exists.`, 'id', 'resource_already_exists');
  core.state.products[product.id] = product;
  core.emit('product.created', product);
  return product;
}

/** Stripe keeps lookup keys unique: taking one needs `transfer_lookup_key`, which frees the old price. */
function claimLookupKey(core: Core, key: string, transfer: boolean, ownerId: string | null): void {
  const holder = Object.values(core.state.prices).find((p) => p.lookup_key === key && p.id !== ownerId);
  if (!holder) return;
  if (!transfer)
    throw invalidRequest(`A price (\`${holder.id}\`) already uses that lookup key.`, 'lookup_key', 'lookup_key_already_exists');
  holder.lookup_key = null;
  core.emit('price.updated', holder, { lookup_key: key });
}

function recurringOf(core: Core, params: Params): Parameters<typeof priceObject>[0]['recurring'] {
  const recurring = optObj(params, 'recurring');
  if (!recurring) return null;
  const interval = reqStr(recurring, 'interval');
  if (interval !== 'day' && interval !== 'week' && interval !== 'month' && interval !== 'year')
    throw invalidRequest(`Invalid interval: ${interval}`, 'recurring[interval]');
  const usageType = optStr(recurring, 'usage_type') ?? 'licensed';
  if (usageType !== 'licensed' && usageType !== 'metered')
    throw invalidRequest(`Invalid usage_type: ${usageType}`, 'recurring[usage_type]');
  const meter = optStr(recurring, 'meter') ?? null;
  if (usageType === 'metered' && !meter) throw missingParam('recurring[meter]');
  if (meter) found(core.state.meters, meter, 'billing.meter', 'recurring[meter]');
  return { interval, intervalCount: optInt(recurring, 'interval_count') ?? 1, usageType, meter };
}

export const catalogRoutes: Route[] = [
  { method: 'POST', pattern: '/v1/products', handler: ({ core, params }) => createProduct(core, params) },
  { method: 'GET', pattern: '/v1/products/:id', handler: ({ core, path }) => found(core.state.products, path.id, 'product') },
  {
    method: 'POST',
    pattern: '/v1/products/:id',
    handler: ({ core, path, params }) => {
      const product = found(core.state.products, path.id, 'product');
      const before = JSON.parse(JSON.stringify(product)) as Stripe.Product;
      product.name = optStr(params, 'name') ?? product.name;
      product.description = optStr(params, 'description') ?? product.description;
      product.active = optBool(params, 'active') ?? product.active;
      product.default_price = optStr(params, 'default_price') ?? product.default_price;
      product.metadata = mergeMetadata(product.metadata, params);
      product.updated = core.wallNow();
      core.emit('product.updated', product, changedFields(before, product));
      return product;
    },
  },
  {
    method: 'GET',
    pattern: '/v1/products',
    handler: ({ core, params }) => {
      const active = optBool(params, 'active');
      const data = newestFirst(Object.values(core.state.products)).filter((p) => active === undefined || p.active === active);
      return listOf(data, params, '/v1/products');
    },
  },
  {
    method: 'POST',
    pattern: '/v1/prices',
    handler: ({ core, params }) => {
      const productData = optObj(params, 'product_data');
      const product = productData
        ? createProduct(core, productData).id
        : found(core.state.products, reqStr(params, 'product'), 'product', 'product').id;
      const unitAmount = optInt(params, 'unit_amount');
      const unitAmountDecimal = optStr(params, 'unit_amount_decimal') ?? null;
      if (unitAmount === undefined && unitAmountDecimal === null) throw missingParam('unit_amount');
      const lookupKey = optStr(params, 'lookup_key') ?? null;
      if (lookupKey) claimLookupKey(core, lookupKey, optBool(params, 'transfer_lookup_key') ?? false, null);
      const price = priceObject({
        id: newId('price'),
        created: core.wallNow(),
        product,
        currency: reqStr(params, 'currency').toLowerCase(),
        unitAmount: unitAmount ?? Math.round(Number(unitAmountDecimal)),
        unitAmountDecimal,
        lookupKey,
        nickname: optStr(params, 'nickname') ?? null,
        active: optBool(params, 'active') ?? true,
        metadata: mergeMetadata({}, params),
        recurring: recurringOf(core, params),
      });
      core.state.prices[price.id] = price;
      core.emit('price.created', price);
      return price;
    },
  },
  { method: 'GET', pattern: '/v1/prices/:id', handler: ({ core, path }) => priceById(core, path.id, 'id') },
  {
    method: 'POST',
    pattern: '/v1/prices/:id',
    handler: ({ core, path, params }) => {
      const price = priceById(core, path.id, 'id');
      const before = JSON.parse(JSON.stringify(price)) as Stripe.Price;
      const lookupKey = optStr(params, 'lookup_key');
      if (lookupKey) claimLookupKey(core, lookupKey, optBool(params, 'transfer_lookup_key') ?? false, price.id);
      if (lookupKey !== undefined) price.lookup_key = lookupKey === '' ? null : lookupKey;
      price.active = optBool(params, 'active') ?? price.active;
      price.nickname = optStr(params, 'nickname') ?? price.nickname;
      price.metadata = mergeMetadata(price.metadata, params);
      core.emit('price.updated', price, changedFields(before, price));
      return price;
    },
  },
  {
    method: 'GET',
    pattern: '/v1/prices',
    handler: ({ core, params }) => {
      const keys = strings(optArr(params, 'lookup_keys'));
      const active = optBool(params, 'active');
      const product = optStr(params, 'product');
      const type = optStr(params, 'type');
      const data = newestFirst(Object.values(core.state.prices)).filter(
        (p) =>
          (keys.length === 0 || (p.lookup_key !== null && keys.includes(p.lookup_key))) &&
          (active === undefined || p.active === active) &&
          (product === undefined || p.product === product) &&
          (type === undefined || p.type === type),
      );
      return listOf(data, params, '/v1/prices');
    },
  },
];
