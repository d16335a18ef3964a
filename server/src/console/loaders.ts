import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Subscription } from '../domain/subscriptions/index.js';
import { Customer } from '../domain/customers/index.js';
import { ApiKeyStatus } from '../domain/keys/index.js';
import { CreditNote } from '../billing/index.js';

export type KeyCounts = { total: number; active: number };

/** Batched lookups for console field resolvers: one statement per field per page, whatever the page size. */
export type AdminLoaders = {
  customer: DataLoader<string, Customer | null>;
  currentSubscription: DataLoader<string, Subscription | null>;
  keyCounts: DataLoader<string, KeyCounts>;
  /** By Stripe invoice id. */
  creditNotes: DataLoader<string, CreditNote[]>;
};

// Keyed by the request's EntityManager fork, which lives exactly as long as the request, so the
// loaders' caches never outlive it and no shared file has to carry them.
const perRequest = new WeakMap<EntityManager, AdminLoaders>();

export function adminLoaders(em: EntityManager): AdminLoaders {
  let loaders = perRequest.get(em);
  if (!loaders) {
    loaders = createLoaders(em);
    perRequest.set(em, loaders);
  }
  return loaders;
}

function createLoaders(em: EntityManager): AdminLoaders {
  return {
    creditNotes: new DataLoader(async (invoiceIds: readonly string[]) => {
      const rows = await em.find(CreditNote, { stripeInvoiceId: { $in: [...invoiceIds] } }, { orderBy: { issuedAt: 'asc', id: 'asc' } });
      return invoiceIds.map((id) => rows.filter((row) => row.stripeInvoiceId === id));
    }),
    customer: new DataLoader(async (ids: readonly string[]) => {
      const rows = await em.find(Customer, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    currentSubscription: new DataLoader(async (customerIds: readonly string[]) => {
      const rows = await em.find(
        Subscription,
        { customer: { $in: [...customerIds] } },
        { populate: ['plan'], orderBy: { createdAt: 'desc', id: 'asc' } },
      );
      const newest = new Map<string, Subscription>();
      for (const row of rows) if (!newest.has(row.customer.id)) newest.set(row.customer.id, row);
      return customerIds.map((id) => newest.get(id) ?? null);
    }),
    keyCounts: new DataLoader(async (customerIds: readonly string[]) => {
      const rows = await em
        .getConnection()
        .execute<{ customer: string; status: string; n: number }[]>(
          'select customer_id as customer, status, count(*)::int as n from api_key where customer_id in (?) group by customer_id, status',
          [[...customerIds]],
        );
      const counts = new Map<string, KeyCounts>(customerIds.map((id) => [id, { total: 0, active: 0 }]));
      for (const row of rows) {
        const entry = counts.get(row.customer);
        if (!entry) continue;
        entry.total += Number(row.n);
        if (row.status === ApiKeyStatus.ACTIVE) entry.active += Number(row.n);
      }
      return customerIds.map((id) => counts.get(id) ?? { total: 0, active: 0 });
    }),
  };
}
