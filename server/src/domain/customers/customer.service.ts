import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, appError } from '../../platform/graphql/index.js';
import { Customer } from './customer.entity.js';

/** A new customer row; the email is the account's identity, so a second account for it is refused. */
export async function addCustomer(em: EntityManager, input: { company: string; email: string }): Promise<Customer> {
  const email = input.email.trim().toLowerCase();
  if (await em.count(Customer, { email }))
    throw appError(ErrorCode.CONFLICT, `An account with ${email} exists already. Sign in with its API key instead.`, { field: 'email' });
  return em.create(Customer, { company: input.company.trim(), email });
}
