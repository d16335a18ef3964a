import {
  InvoiceDetailDocument,
  InvoicesDocument,
  MeterDriftDocument,
  OutboxDocument,
  ReplayStripeEventDocument,
  RetryOutboxRowDocument,
  StripeEventsDocument,
  SubscriptionsDocument,
} from '../../resources/billing/billing.graphql';
import { mutate, query } from '../apollo';
import { page, type ResourceHandler, stringFilter } from './resource-handler';

type Filter = Record<string, unknown>;
type Page = { page: number; perPage: number };

/** A list resource over one of the billing queries (page, perPage, customerId, status). */
function listResource(list: (pagination: Page, filter: Filter) => Promise<{ data: { id: string }[]; total: number }>): ResourceHandler {
  return {
    getList: (params) => list(page(params), params.filter),
    getManyReference: (params) => list(page(params), { ...params.filter, [params.target]: String(params.id) }),
  };
}

export const subscriptions = listResource(async (pagination, filter) => {
  const data = await query(SubscriptionsDocument, {
    ...pagination,
    id: stringFilter(filter, 'id'),
    customerId: stringFilter(filter, 'customerId'),
    status: stringFilter(filter, 'status'),
  });
  return { data: data.subscriptions.items, total: data.subscriptions.totalCount };
});

const invoiceList = listResource(async (pagination, filter) => {
  const data = await query(InvoicesDocument, {
    ...pagination,
    id: stringFilter(filter, 'id'),
    customerId: stringFilter(filter, 'customerId'),
    status: stringFilter(filter, 'status'),
    issuedMonth: stringFilter(filter, 'issuedMonth'),
    // The URL carries the overage chart's filter as text; the list's own switch sets a boolean.
    hasOverage: filter.hasOverage === true || filter.hasOverage === 'true' ? true : null,
  });
  return { data: data.invoices.items, total: data.invoices.totalCount };
});

/** The list, and one invoice with its lines explained, payments and refunds (the invoice page). */
export const invoices: ResourceHandler = {
  ...invoiceList,
  getOne: async (params) => {
    const { adminInvoice } = await query(InvoiceDetailDocument, { id: String(params.id) });
    return { data: { ...adminInvoice.invoice, lines: adminInvoice.lines, payments: adminInvoice.payments, refunds: adminInvoice.refunds } };
  },
};

export const stripeEvents = listResource(async (pagination, filter) => {
  const data = await query(StripeEventsDocument, { ...pagination, id: stringFilter(filter, 'id'), status: stringFilter(filter, 'status') });
  return { data: data.stripeEvents.items, total: data.stripeEvents.totalCount };
});

export const outbox = listResource(async (pagination, filter) => {
  const data = await query(OutboxDocument, {
    ...pagination,
    customerId: stringFilter(filter, 'customerId'),
    status: stringFilter(filter, 'status'),
  });
  return { data: data.outbox.items, total: data.outbox.totalCount };
});

export const meterDrift = listResource(async (pagination, filter) => {
  const data = await query(MeterDriftDocument, {
    ...pagination,
    customerId: stringFilter(filter, 'customerId'),
    onlyDrift: filter.all !== true,
  });
  return { data: data.meterDrift.items, total: data.meterDrift.totalCount };
});

export async function replayStripeEvent(id: string) {
  return (await mutate(ReplayStripeEventDocument, { id })).replayStripeEvent;
}

export async function retryOutboxRow(id: string) {
  return (await mutate(RetryOutboxRowDocument, { id })).retryOutboxRow;
}
