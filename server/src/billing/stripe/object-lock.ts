import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Serialises every writer (in every process) that touches one Stripe object, until the
 * transaction ends: the webhook handlers and the console's own writes of the same object take it,
 * so a find-then-create of a mirror row never runs twice at once.
 */
export async function lockStripeObject(em: EntityManager, stripeId: string): Promise<void> {
  await em.getConnection().execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [stripeId], 'all', em.getTransactionContext());
}
