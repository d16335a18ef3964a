import { Arg, Args, Ctx, Directive, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { ForKey, type Context } from '../api/index.js';
import { PageArgs, pageOf, type PageOf } from '../platform/graphql/index.js';
import { FieldUse, callerKey } from '../domain/access/index.js';
import {
  ApiKeyPage,
  ApiKeyScope,
  ApiKeyType,
  CreateApiKeyInput,
  IssuedApiKeyType,
  MAX_ROTATION_GRACE_HOURS,
  type ApiKey,
} from '../domain/keys/index.js';

@Resolver()
export class ApiKeyResolver {
  @Query(() => ApiKeyPage, { description: "The caller's account's keys, newest first." })
  @ForKey(FieldUse.READ, ApiKeyScope.KEYS_MANAGE)
  @Directive('@cost(weight: "1")')
  @Directive('@listSize(slicingArguments: ["perPage"], sizedFields: ["items"])')
  async apiKeys(@Args(() => PageArgs) args: PageArgs, @Ctx() { em, principal, services }: Context): Promise<PageOf<ApiKey>> {
    const [items, total] = await services.apiKeys.list(em, callerKey(principal).customerId, args.page, args.perPage);
    return pageOf(items, total, args);
  }

  @Mutation(() => IssuedApiKeyType, { description: 'Creates a key; its secret is returned this once.' })
  @ForKey(FieldUse.READ, ApiKeyScope.KEYS_MANAGE)
  @Directive('@rateLimit(max: 20, window: "60s")')
  createApiKey(@Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput, @Ctx() { em, principal, services }: Context) {
    const caller = callerKey(principal);
    return services.apiKeys.create(em, caller.customerId, {
      ...input,
      scopes: input.scopes ?? undefined,
      createdBy: `customer:${caller.keyId}`,
      grantorScopes: caller.scopes,
    });
  }

  @Mutation(() => IssuedApiKeyType, { description: 'Replaces a key; the old key keeps working until its graceUntil.' })
  @ForKey(FieldUse.READ, ApiKeyScope.KEYS_MANAGE)
  rotateApiKey(
    @Arg('id', () => ID) id: string,
    @Arg('graceHours', () => Int, {
      nullable: true,
      description: `Hours the old key keeps working, 0 to ${MAX_ROTATION_GRACE_HOURS}; the server's default grace when omitted.`,
    })
    graceHours: number | null,
    @Ctx() { em, principal, services }: Context,
  ) {
    const caller = callerKey(principal);
    return services.apiKeys.rotate(em, caller.customerId, id, `customer:${caller.keyId}`, caller.scopes, { graceHours });
  }

  @Mutation(() => ApiKeyType, { description: 'Revokes a key at once; it can never be used again.' })
  @ForKey(FieldUse.READ, ApiKeyScope.KEYS_MANAGE)
  revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() { em, principal, services }: Context): Promise<ApiKey> {
    return services.apiKeys.revoke(em, callerKey(principal).customerId, id);
  }
}
