import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, appError } from '../../platform/graphql/index.js';
import { type AuditActor, recordAudit } from '../../platform/staff/index.js';
import { Customer, type CustomerAddress } from './customer.entity.js';
import type { CustomerAddressInput, CustomerProfileInput } from './customer-profile.input.js';

type Profile = Pick<Customer, 'company' | 'email' | 'billingEmail' | 'taxId' | 'notes' | 'tags'> & { address: CustomerAddress | null };

/**
 * Replaces the customer's profile in the unit of work and records the audit row beside it; the
 * caller flushes, after it has told Stripe, so a refused Stripe update leaves both unchanged.
 */
export async function editProfile(
  em: EntityManager,
  actor: AuditActor,
  customer: Customer,
  input: CustomerProfileInput,
): Promise<Customer> {
  const next: Profile = {
    company: input.company.trim(),
    email: input.email.trim().toLowerCase(),
    billingEmail: blankToNull(input.billingEmail)?.toLowerCase() ?? null,
    taxId: blankToNull(input.taxId),
    address: addressOf(input.address),
    notes: blankToNull(input.notes),
    tags: [...new Set((input.tags ?? []).map((tag) => tag.toLowerCase()))],
  };
  if (next.email !== customer.email && (await em.count(Customer, { email: next.email, id: { $ne: customer.id } })))
    throw appError(ErrorCode.CONFLICT, `Another customer signs in with ${next.email}; choose a different email.`, { field: 'email' });
  const before = profileOf(customer);
  Object.assign(customer, next);
  recordAudit(em, actor, { action: 'customer.update', targetType: 'customer', targetId: customer.id, before, after: next });
  return customer;
}

function profileOf(customer: Customer): Profile {
  const { company, email, billingEmail, taxId, notes, tags } = customer;
  return { company, email, billingEmail, taxId, notes, tags, address: customer.address ?? null };
}

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** Only the parts given are kept; an address with none is no address. */
function addressOf(input: CustomerAddressInput | null | undefined): CustomerAddress | null {
  if (!input) return null;
  const address: CustomerAddress = {};
  for (const key of ['line1', 'line2', 'city', 'state', 'postalCode', 'country'] as const) {
    const value = blankToNull(input[key]);
    if (value) address[key] = key === 'country' ? value.toUpperCase() : value;
  }
  return Object.keys(address).length > 0 ? address : null;
}
