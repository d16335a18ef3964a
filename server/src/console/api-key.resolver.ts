import type { FilterQuery } from '@mikro-orm/postgresql';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ForAdmin, type Context } from '../api/index.js';
import { ErrorCode, appError, isUuid, notFound, pageOf, type PageOf } from '../platform/graphql/index.js';
import { callerAdmin } from '../domain/access/index.js';
import { CustomerType, type Customer } from '../domain/customers/index.js';
import { ApiKey, ApiKeyStatus } from '../domain/keys/index.js';
import { AdminApiKeyListArgs, AdminApiKeyPage, AdminApiKeyType, AdminIssuedApiKeyType } from './api-key.type.js';
import { adminLoaders } from './loaders.js';
import { AdminRole, completeAudit, recordAudit, withdrawAudit } from '../platform/staff/index.js';

const READERS = [AdminRole.SUPER_ADMIN, AdminRole.ADMIN, AdminRole.SUPPORT];
const MANAGERS = [AdminRole.SUPER_ADMIN, AdminRole.ADMIN];

/** API keys across customers for the console: list, revoke and rotate, each change audited. */
@Resolver(() => AdminApiKeyType)
export class AdminApiKeyResolver {
  @Query(() => AdminApiKeyPage, { description: 'API keys of every customer, newest first.' })
  @ForAdmin(...READERS)
  async adminApiKeys(@Args(() => AdminApiKeyListArgs) args: AdminApiKeyListArgs, @Ctx() { em }: Context): Promise<PageOf<AdminApiKeyType>> {
    const where: FilterQuery<ApiKey> = {};
    if (args.id) where.id = isUuid(args.id) ? args.id : '00000000-0000-0000-0000-000000000000';
    if (args.customerId) where.customer = args.customerId;
    if (args.status) where.status = args.status;
    if (args.search) {
      const pattern = `%${args.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.$or = [{ name: { $ilike: pattern } }, { displayPrefix: { $ilike: pattern } }];
    }
    const [items, total] = await em.findAndCount(ApiKey, where, {
      orderBy: { createdAt: 'desc', id: 'asc' },
      limit: args.perPage,
      offset: (args.page - 1) * args.perPage,
    });
    return pageOf(items.map(toAdminKey), total, args);
  }

  @FieldResolver(() => CustomerType)
  async customer(@Root() key: AdminApiKeyType, @Ctx() { em }: Context): Promise<Customer> {
    const customer = await adminLoaders(em).customer.load(key.customerId);
    if (!customer) throw notFound('Customer');
    return customer;
  }

  @Mutation(() => AdminApiKeyType, { description: 'Revokes any customer key at once; the reason goes to the audit log.' })
  @ForAdmin(...MANAGERS)
  async adminRevokeApiKey(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() { em, ip, requestId, principal, services }: Context,
  ): Promise<AdminApiKeyType> {
    const key = await findKey(em, id);
    const trimmed = checkedReason(reason);
    // Audit first: the service's flush commits the row with the revocation.
    recordAudit(
      em,
      { principal: callerAdmin(principal), ip, requestId },
      {
        action: 'api_key.revoke',
        targetType: 'api_key',
        targetId: key.id,
        before: { status: key.status },
        after: { status: ApiKeyStatus.REVOKED, reason: trimmed, customerId: key.customer.id },
      },
    );
    return toAdminKey(await services.apiKeys.revoke(em, key.customer.id, key.id));
  }

  @Mutation(() => AdminIssuedApiKeyType, {
    description: 'Rotates any customer key; the old key works until its graceUntil. Hand the secret to the customer.',
  })
  @ForAdmin(...MANAGERS)
  async adminRotateApiKey(
    @Arg('id', () => ID) id: string,
    @Ctx() { em, ip, requestId, principal, services }: Context,
  ): Promise<AdminIssuedApiKeyType> {
    const key = await findKey(em, id);
    const admin = callerAdmin(principal);
    const audit = recordAudit(
      em,
      { principal: admin, ip, requestId },
      { action: 'api_key.rotate', targetType: 'api_key', targetId: key.id, after: { customerId: key.customer.id } },
    );
    try {
      const issued = await services.apiKeys.rotate(em, key.customer.id, key.id, `admin:${admin.adminId}`);
      completeAudit(audit, { customerId: key.customer.id, newKeyId: issued.apiKey.id });
      await em.flush();
      return { apiKey: toAdminKey(issued.apiKey), secret: issued.secret };
    } catch (error) {
      // A refused rotation changed nothing, so it must not leave an audit row behind.
      withdrawAudit(em, audit);
      throw error;
    }
  }
}

async function findKey(em: Context['em'], id: string): Promise<ApiKey> {
  const key = await em.findOne(ApiKey, id);
  if (!key) throw notFound('API key');
  return key;
}

function checkedReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length < 3 || trimmed.length > 500) {
    throw appError(ErrorCode.BAD_USER_INPUT, 'Give a reason of 3 to 500 characters; it is kept in the audit log.', { field: 'reason' });
  }
  return trimmed;
}

export function toAdminKey(key: ApiKey): AdminApiKeyType {
  return {
    id: key.id,
    name: key.name,
    mode: key.mode,
    displayPrefix: key.displayPrefix,
    last4: key.last4,
    scopes: key.scopes,
    status: key.status,
    expiresAt: key.expiresAt,
    graceUntil: key.graceUntil,
    lastUsedAt: key.lastUsedAt,
    createdAt: key.createdAt,
    customerId: key.customer.id,
    revokedAt: key.revokedAt,
    createdBy: key.createdBy,
    spendCapCredits: key.spendCapCredits,
    spendCapWindow: key.spendCapWindow,
    spendCapMode: key.spendCapMode,
  };
}
