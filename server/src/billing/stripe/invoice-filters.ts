import { raw } from '@mikro-orm/postgresql';

/**
 * A MikroORM filter for invoices with at least one overage line billing more than 0: a line whose
 * price's lookup key is `carlo_<plan>_overage` and which is no proration, the SQL twin of
 * `invoiceLineKind` returning OVERAGE. It reads the mirror's `lines` JSON, so it needs no other table.
 */
export function withOverageLines(): Record<string, unknown[]> {
  // A new fragment per call: MikroORM caches a raw key by its instance, so one shared key would be used up.
  const condition = raw(
    (alias: string) => `exists (select 1 from jsonb_array_elements(${alias}.lines) as line
      where line->>'lookupKey' ~ '^carlo_.+_overage$'
        and not coalesce((line->>'proration')::boolean, false)
        and (line->>'amountCents')::int > 0)`,
  );
  return { [condition]: [] };
}
