import type Stripe from 'stripe';
import { listOf, newestFirst } from '../http/list.js';
import { reqStr } from '../http/params.js';
import type { Route } from '../http/router.js';
import { invalidRequest, notFound } from '../http/stripe-error.js';
import { newId } from '../state/ids.js';
import { customerById } from './lookup.js';

/**
 * The formats the emulator checks, as Stripe's tax id docs give them; other types Stripe knows are
 * stored as sent. Stripe answers a malformed value with 400 `tax_id_invalid` on `value`.
 */
const FORMATS: Record<string, RegExp> = {
  eu_vat: /^(AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI)[0-9A-Z+*]{2,12}$/,
  gb_vat: /^GB(\d{9}|\d{12})$/,
  us_ein: /^\d{2}-\d{7}$/,
  ch_vat: /^CHE-\d{3}\.\d{3}\.\d{3} (MWST|TVA|IVA)$/,
  au_abn: /^\d{11}$/,
  ca_bn: /^\d{9}$/,
  no_vat: /^\d{9}MVA$/,
};
/** A subset of Stripe's `type` enum, enough for the emulator's callers; anything else is refused as Stripe refuses unknown enums. */
const KNOWN = new Set([...Object.keys(FORMATS), 'eu_oss_vat', 'in_gst', 'jp_cn', 'nz_gst', 'sg_gst', 'za_vat', 'br_cnpj', 'mx_rfc']);

function country(type: string, value: string): string | null {
  if (type === 'eu_vat') return value.slice(0, 2) === 'EL' ? 'GR' : value.slice(0, 2);
  return type.slice(0, 2).toUpperCase();
}

export const taxIdRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/v1/customers/:id/tax_ids',
    handler: ({ core, path, params }) => {
      const customer = customerById(core, path.id, 'customer');
      const type = reqStr(params, 'type');
      const value = reqStr(params, 'value');
      if (!KNOWN.has(type)) throw invalidRequest(`Invalid type: must be one of ${[...KNOWN].join(', ')}`, 'type');
      const format = FORMATS[type];
      if (format && !format.test(value)) throw invalidRequest(`Invalid value for ${type}.`, 'value', 'tax_id_invalid');
      const taxId: Stripe.TaxId = {
        id: newId('txi', 24),
        object: 'tax_id',
        country: country(type, value),
        created: core.nowFor(customer.id),
        customer: customer.id,
        customer_account: null,
        livemode: false,
        owner: { type: 'customer', customer: customer.id, customer_account: null },
        type: type as Stripe.TaxId.Type,
        value,
        verification: { status: 'pending', verified_address: null, verified_name: null },
      };
      core.state.taxIds[taxId.id] = taxId;
      core.emit('customer.tax_id.created', taxId);
      return taxId;
    },
  },
  {
    method: 'GET',
    pattern: '/v1/customers/:id/tax_ids',
    handler: ({ core, path, params }) => {
      const customer = customerById(core, path.id, 'customer');
      const data = newestFirst(Object.values(core.state.taxIds)).filter((taxId) => taxId.customer === customer.id);
      return listOf(data, params, `/v1/customers/${customer.id}/tax_ids`);
    },
  },
  {
    method: 'GET',
    pattern: '/v1/customers/:id/tax_ids/:tax_id',
    handler: ({ core, path }) => {
      const taxId = core.state.taxIds[path.tax_id];
      if (!taxId || taxId.customer !== path.id) throw notFound('tax_id', path.tax_id);
      return taxId;
    },
  },
  {
    method: 'DELETE',
    pattern: '/v1/customers/:id/tax_ids/:tax_id',
    handler: ({ core, path }) => {
      const taxId = core.state.taxIds[path.tax_id];
      if (!taxId || taxId.customer !== path.id) throw notFound('tax_id', path.tax_id);
      delete core.state.taxIds[path.tax_id];
      core.emit('customer.tax_id.deleted', taxId);
      return { id: taxId.id, object: 'tax_id', deleted: true };
    },
  },
];
