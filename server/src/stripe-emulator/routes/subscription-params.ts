import type { Core } from '../core.js';
import type { NewItem } from '../billing/subscription-create.js';
import type { ItemUpdate, ProrationBehavior } from '../billing/subscription-update.js';
import type { Params } from '../http/form-codec.js';
import { objects, optArr, optBool, optInt, optObj, optStr } from '../http/params.js';
import { invalidRequest } from '../http/stripe-error.js';
import { priceById } from './lookup.js';

export function newItems(core: Core, params: Params, key = 'items'): NewItem[] {
  return objects(optArr(params, key), key).map((item, i) => {
    const price = optStr(item, 'price');
    if (!price) throw invalidRequest(`Missing required param: ${key}[${i}][price].`, `${key}[${i}][price]`, 'parameter_missing');
    return {
      price: priceById(core, price, `${key}[${i}][price]`),
      quantity: optInt(item, 'quantity'),
      metadata: stringRecord(optObj(item, 'metadata')),
    };
  });
}

export function itemUpdates(core: Core, params: Params): ItemUpdate[] | undefined {
  const raw = optArr(params, 'items');
  if (!raw) return undefined;
  return objects(raw, 'items').map((item, i) => {
    const price = optStr(item, 'price');
    return {
      id: optStr(item, 'id'),
      price: price ? priceById(core, price, `items[${i}][price]`) : undefined,
      quantity: optInt(item, 'quantity'),
      deleted: optBool(item, 'deleted'),
      metadata: stringRecord(optObj(item, 'metadata')),
    };
  });
}

export function prorationBehavior(params: Params): ProrationBehavior {
  const value = optStr(params, 'proration_behavior') ?? 'create_prorations';
  if (value !== 'create_prorations' && value !== 'always_invoice' && value !== 'none')
    throw invalidRequest(`Invalid proration_behavior: ${value}`, 'proration_behavior');
  return value;
}

export function stringRecord(value: Params | undefined): Record<string, string> | undefined {
  if (!value) return undefined;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));
}
