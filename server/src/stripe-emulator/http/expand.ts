import type { Core } from '../core.js';
import { invalidRequest } from './stripe-error.js';

type Json = { [key: string]: unknown };

/** Replaces id strings with their objects along each `expand[]` dot path (`data.` for lists). */
export function expand(core: Core, body: object, paths: string[]): object {
  if (paths.length === 0) return body;
  const root = JSON.parse(JSON.stringify(body)) as Json;
  for (const path of paths) expandPath(core, root, path.split('.'), path);
  return root;
}

function expandPath(core: Core, node: Json, segments: string[], full: string): void {
  const [head, ...rest] = segments;
  if (head === 'data' && Array.isArray(node.data)) {
    for (const item of node.data) if (isJson(item)) expandPath(core, item, rest, full);
    return;
  }
  if (!(head in node) && !includable(node, head)) {
    throw invalidRequest(`This property cannot be expanded (${full}).`, 'expand');
  }
  if (rest.length === 0) {
    node[head] = resolve(core, node, head);
    return;
  }
  const child = resolve(core, node, head);
  node[head] = child;
  if (isJson(child)) expandPath(core, child, rest, full);
}

function resolve(core: Core, owner: Json, field: string): unknown {
  if (field === 'line_items' && owner.object === 'checkout.session' && typeof owner.id === 'string') {
    const data = core.state.checkoutLineItems[owner.id] ?? [];
    return { object: 'list', data, has_more: false, url: `/v1/checkout/sessions/${owner.id}/line_items` };
  }
  if (field === 'payments' && owner.object === 'invoice' && typeof owner.id === 'string') {
    const data = core.state.invoicePayments[owner.id] ?? [];
    return { object: 'list', data, has_more: false, url: `/v1/invoice_payments?invoice=${owner.id}` };
  }
  const value = owner[field];
  // Lists of ids (a subscription's or invoice's `discounts`) expand element by element.
  if (Array.isArray(value)) return value.map((v: unknown) => (typeof v === 'string' ? (lookup(core, v) ?? v) : v));
  if (typeof value !== 'string') return value;
  return lookup(core, value) ?? value;
}

export function lookup(core: Core, id: string): object | undefined {
  const s = core.state;
  const prefix = id.slice(0, id.indexOf('_'));
  const table: Record<string, Record<string, object>> = {
    cus: s.customers,
    sub: s.subscriptions,
    in: s.invoices,
    pi: s.paymentIntents,
    pm: s.paymentMethods,
    ch: s.charges,
    price: s.prices,
    prod: s.products,
    re: s.refunds,
    clock: s.testClocks,
    mtr: s.meters,
    cs: s.checkoutSessions,
    di: s.discounts,
  };
  return table[prefix]?.[id];
}

/** Fields Stripe leaves out of an object unless they are expanded. */
function includable(node: Json, field: string): boolean {
  return (field === 'line_items' && node.object === 'checkout.session') || (field === 'payments' && node.object === 'invoice');
}

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
