import type { EntityManager } from '@mikro-orm/postgresql';
import type Stripe from 'stripe';
import { ErrorCode, appError } from '../../platform/graphql/index.js';
import { Customer } from '../../domain/customers/index.js';
import { StripeGateway } from './stripe-gateway.js';
import { checkTaxId } from './tax-id-format.js';

export type TaxIdView = { id: string; type: string; value: string; country: string | null; verificationStatus: string | null };
export type BillingDetailsView = { email: string | null; taxIds: TaxIdView[] };

function view(taxId: Stripe.TaxId): TaxIdView {
  return {
    id: taxId.id,
    type: taxId.type,
    value: taxId.value,
    country: taxId.country,
    verificationStatus: taxId.verification?.status ?? null,
  };
}

/**
 * The invoice email and tax id live on the Stripe customer, the record Stripe prints on invoices;
 * Carlo keeps no copy, so what the portal shows is what Stripe has.
 */
export class BillingDetails {
  constructor(
    private readonly gateway: () => StripeGateway,
    private readonly stripeCustomerOf: (em: EntityManager, customerId: string) => Promise<string>,
  ) {}

  async read(em: EntityManager, customerId: string): Promise<BillingDetailsView> {
    const customer = await em.findOneOrFail(Customer, customerId);
    if (!customer.stripeCustomerId) return { email: customer.email, taxIds: [] };
    const id = customer.stripeCustomerId;
    const [remote, taxIds] = await this.call(() =>
      Promise.all([
        this.gateway().call((stripe) => stripe.customers.retrieve(id)),
        this.gateway().call((stripe) => stripe.customers.listTaxIds(id, { limit: 10 })),
      ]),
    );
    return { email: 'deleted' in remote && remote.deleted ? null : (remote as Stripe.Customer).email, taxIds: taxIds.data.map(view) };
  }

  async setEmail(em: EntityManager, customerId: string, email: string): Promise<BillingDetailsView> {
    const address = email.trim().toLowerCase();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address) || address.length > 320)
      throw appError(ErrorCode.BAD_USER_INPUT, 'Enter the address invoices go to, like billing@example.com.', { field: 'email' });
    const id = await this.stripeCustomerOf(em, customerId);
    await this.call(() => this.gateway().call((stripe) => stripe.customers.update(id, { email: address })));
    return this.read(em, customerId);
  }

  /** One tax id per company: a new one replaces the old, so invoices never carry a stale number. */
  async setTaxId(em: EntityManager, customerId: string, type: string, value: string, requestId: string): Promise<BillingDetailsView> {
    const checked = checkTaxId(type, value);
    const id = await this.stripeCustomerOf(em, customerId);
    const existing = await this.call(() => this.gateway().call((stripe) => stripe.customers.listTaxIds(id, { limit: 10 })));
    await this.call(() =>
      this.gateway().call((stripe) =>
        stripe.customers.createTaxId(
          id,
          { type: checked.type, value: checked.value },
          { idempotencyKey: StripeGateway.key('tax-id', customerId, requestId) },
        ),
      ),
    );
    for (const old of existing.data) await this.call(() => this.gateway().call((stripe) => stripe.customers.deleteTaxId(id, old.id)));
    return this.read(em, customerId);
  }

  async removeTaxIds(em: EntityManager, customerId: string): Promise<BillingDetailsView> {
    const id = await this.stripeCustomerOf(em, customerId);
    const existing = await this.call(() => this.gateway().call((stripe) => stripe.customers.listTaxIds(id, { limit: 10 })));
    for (const old of existing.data) await this.call(() => this.gateway().call((stripe) => stripe.customers.deleteTaxId(id, old.id)));
    return this.read(em, customerId);
  }

  /** Stripe's own refusal of a tax id names the value; anything else means Stripe was not reached. */
  private async call<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if ((error as { code?: string }).code === 'tax_id_invalid')
        throw appError(ErrorCode.BAD_USER_INPUT, `Stripe refused this tax id: ${(error as Error).message} Check the number.`, {
          field: 'value',
        });
      throw appError(ErrorCode.UNAVAILABLE, 'Stripe could not be reached or refused the call. Nothing was changed; try again in a minute.');
    }
  }
}
