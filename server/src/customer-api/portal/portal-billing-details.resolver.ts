import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ForMember, type Context } from '../../api/index.js';
import { callerMember } from '../../domain/access/index.js';
import { BillingDetailsType, TaxIdInput } from '../../billing/index.js';
import { MemberRole } from '../../domain/members/index.js';

const BILLING = [MemberRole.OWNER, MemberRole.BILLING];

/** Invoice email and tax id for owners and billing members; Stripe holds both. */
@Resolver()
export class PortalBillingDetailsResolver {
  @Query(() => BillingDetailsType, { description: 'Where invoices go and the tax id on them, read from Stripe.' })
  @ForMember(...BILLING)
  portalBillingDetails(@Ctx() { em, principal, services }: Context): Promise<BillingDetailsType> {
    return services.billing.details.read(em, callerMember(principal).customerId);
  }

  @Mutation(() => BillingDetailsType, { description: 'Sets the address Stripe mails invoices and receipts to.' })
  @ForMember(...BILLING)
  portalSetBillingEmail(
    @Arg('email', () => String) email: string,
    @Ctx() { em, principal, services }: Context,
  ): Promise<BillingDetailsType> {
    return services.billing.details.setEmail(em, callerMember(principal).customerId, email);
  }

  @Mutation(() => BillingDetailsType, { description: 'Sets the tax id printed on invoices, replacing the one before.' })
  @ForMember(...BILLING)
  portalSetTaxId(
    @Arg('input', () => TaxIdInput) input: TaxIdInput,
    @Ctx() { em, principal, services, requestId }: Context,
  ): Promise<BillingDetailsType> {
    return services.billing.details.setTaxId(em, callerMember(principal).customerId, input.type, input.value, requestId);
  }

  @Mutation(() => BillingDetailsType, { description: 'Removes the tax id from future invoices.' })
  @ForMember(...BILLING)
  portalRemoveTaxId(@Ctx() { em, principal, services }: Context): Promise<BillingDetailsType> {
    return services.billing.details.removeTaxIds(em, callerMember(principal).customerId);
  }
}
