import { createCreditNote, voidCreditNote } from '../billing/credit-notes.js';
import { createInvoiceItem } from '../billing/manual-invoices.js';
import { listOf, newestFirst } from '../http/list.js';
import { optStr } from '../http/params.js';
import type { Route } from '../http/router.js';
import { found } from './lookup.js';

export const creditNoteRoutes: Route[] = [
  { method: 'POST', pattern: '/v1/invoiceitems', handler: ({ core, params }) => createInvoiceItem(core, params) },
  { method: 'GET', pattern: '/v1/invoiceitems/:id', handler: ({ core, path }) => found(core.state.invoiceItems, path.id, 'invoiceitem') },
  {
    method: 'GET',
    pattern: '/v1/invoiceitems',
    handler: ({ core, params }) => {
      const customer = optStr(params, 'customer');
      const invoice = optStr(params, 'invoice');
      const data = Object.values(core.state.invoiceItems)
        .sort((a, b) => b.date - a.date)
        .filter((i) => (customer === undefined || i.customer === customer) && (invoice === undefined || i.invoice === invoice));
      return listOf(data, params, '/v1/invoiceitems');
    },
  },
  { method: 'POST', pattern: '/v1/credit_notes', handler: ({ core, params }) => createCreditNote(core, params) },
  { method: 'GET', pattern: '/v1/credit_notes/:id', handler: ({ core, path }) => found(core.state.creditNotes, path.id, 'credit_note') },
  {
    method: 'POST',
    pattern: '/v1/credit_notes/:id/void',
    handler: ({ core, path }) => voidCreditNote(core, found(core.state.creditNotes, path.id, 'credit_note')),
  },
  {
    method: 'GET',
    pattern: '/v1/credit_notes',
    handler: ({ core, params }) => {
      const customer = optStr(params, 'customer');
      const invoice = optStr(params, 'invoice');
      const data = newestFirst(Object.values(core.state.creditNotes)).filter(
        (n) => (customer === undefined || n.customer === customer) && (invoice === undefined || n.invoice === invoice),
      );
      return listOf(data, params, '/v1/credit_notes');
    },
  },
];
