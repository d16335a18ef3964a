import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { ForAdmin, type Context } from '../api/index.js';
import { pushCustomerProfile } from '../billing/index.js';
import { callerAdmin } from '../domain/access/index.js';
import { CustomerProfileInput, CustomerType, editProfile, type Customer } from '../domain/customers/index.js';
import { ApiKeyMode, CreateApiKeyInput } from '../domain/keys/index.js';
import { AdminRole, completeAudit, recordAudit, withdrawAudit } from '../platform/staff/index.js';
import { AdminIssuedApiKeyType } from './api-key.type.js';
import { toAdminKey } from './api-key.resolver.js';
import { auditReason } from './audit-reason.js';

/** A customer's sign-in email and keys are account security, so only the admins change them. */
const EDITORS = [AdminRole.SUPER_ADMIN, AdminRole.ADMIN];

@Resolver()
export class AdminCustomerProfileResolver {
  @Mutation(() => CustomerType, {
    description:
      "Replaces a customer's company, emails, tax id, address, notes and tags; the Stripe customer gets the name, billing email and address first. Audited with before and after.",
  })
  @ForAdmin(...EDITORS)
  async adminUpdateCustomer(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CustomerProfileInput) input: CustomerProfileInput,
    @Ctx() { em, ip, requestId, principal, services }: Context,
  ): Promise<Customer> {
    const customer = await services.customerAdmin.get(em, id);
    await editProfile(em, { principal: callerAdmin(principal), ip, requestId }, customer, input);
    // Stripe first: when it refuses, the unit of work is never flushed and nothing changes here either.
    await pushCustomerProfile(services.billing.gateway, customer);
    await em.flush();
    return customer;
  }

  @Mutation(() => AdminIssuedApiKeyType, {
    description:
      'Issues a new key on the customer\'s behalf (created by "admin:<id>"); hand the secret over, it is shown this once. Audited with the reason.',
  })
  @ForAdmin(...EDITORS)
  async adminIssueApiKey(
    @Arg('customerId', () => ID) customerId: string,
    @Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput,
    @Arg('reason', () => String) reason: string,
    @Ctx() { em, ip, requestId, principal, services }: Context,
  ): Promise<AdminIssuedApiKeyType> {
    const why = auditReason(reason);
    const customer = await services.customerAdmin.get(em, customerId);
    const admin = callerAdmin(principal);
    const audit = recordAudit(
      em,
      { principal: admin, ip, requestId },
      { action: 'api_key.issue', targetType: 'customer', targetId: customer.id, after: { customerId: customer.id, reason: why } },
    );
    try {
      const issued = await services.apiKeys.create(em, customer.id, {
        name: input.name.trim(),
        mode: input.mode ?? ApiKeyMode.LIVE,
        scopes: input.scopes ?? undefined,
        expiresAt: input.expiresAt ?? null,
        createdBy: `admin:${admin.adminId}`,
      });
      completeAudit(audit, { customerId: customer.id, keyId: issued.apiKey.id, name: issued.apiKey.name, reason: why });
      await em.flush();
      return { apiKey: toAdminKey(issued.apiKey), secret: issued.secret };
    } catch (error) {
      // A refused key (too many active, expiry in the past) changed nothing, so no audit row stays.
      withdrawAudit(em, audit);
      throw error;
    }
  }
}
