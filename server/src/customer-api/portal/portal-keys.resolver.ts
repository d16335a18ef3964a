import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { ForMember, type Context } from '../../api/index.js';
import { PageArgs, pageOf, type PageOf } from '../../platform/graphql/index.js';
import { callerMember } from '../../domain/access/index.js';
import {
  ApiKeyPage,
  ApiKeyType,
  CreateApiKeyInput,
  IssuedApiKeyType,
  MAX_ROTATION_GRACE_HOURS,
  SpendCapMode,
  SpendCapWindow,
  validSpendCap,
  type ApiKey,
} from '../../domain/keys/index.js';
import { MemberRole } from '../../domain/members/index.js';

const KEY_MANAGERS = [MemberRole.OWNER, MemberRole.DEVELOPER];

/** The company's API keys for owners and developers; every change names the member who made it. */
@Resolver()
export class PortalKeysResolver {
  @Query(() => ApiKeyPage, { description: "Your company's API keys, newest first." })
  @ForMember(...KEY_MANAGERS)
  async portalApiKeys(@Args(() => PageArgs) args: PageArgs, @Ctx() { em, principal, services }: Context): Promise<PageOf<ApiKey>> {
    const [items, total] = await services.apiKeys.list(em, callerMember(principal).customerId, args.page, args.perPage);
    return pageOf(items, total, args);
  }

  @Mutation(() => IssuedApiKeyType, { description: 'Creates a key for your company; its secret is returned this once.' })
  @ForMember(...KEY_MANAGERS)
  portalCreateApiKey(@Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput, @Ctx() { em, principal, services }: Context) {
    const member = callerMember(principal);
    return services.apiKeys.create(em, member.customerId, {
      ...input,
      scopes: input.scopes ?? undefined,
      createdBy: `member:${member.memberId}`,
    });
  }

  @Mutation(() => IssuedApiKeyType, { description: 'Replaces a key; the old one keeps working until its graceUntil.' })
  @ForMember(...KEY_MANAGERS)
  portalRotateApiKey(
    @Arg('id', () => ID) id: string,
    @Arg('graceHours', () => Int, {
      nullable: true,
      description: `Hours the old key keeps working, 0 to ${MAX_ROTATION_GRACE_HOURS}; the server's default grace when omitted.`,
    })
    graceHours: number | null,
    @Ctx() { em, principal, services }: Context,
  ) {
    const member = callerMember(principal);
    return services.apiKeys.rotate(em, member.customerId, id, `member:${member.memberId}`, undefined, { graceHours });
  }

  @Mutation(() => ApiKeyType, { description: 'Revokes a key at once; it can never be used again.' })
  @ForMember(...KEY_MANAGERS)
  portalRevokeApiKey(@Arg('id', () => ID) id: string, @Ctx() { em, principal, services }: Context): Promise<ApiKey> {
    return services.apiKeys.revoke(em, callerMember(principal).customerId, id);
  }

  @Mutation(() => ApiKeyType, {
    description:
      'Sets a credit cap on a key per UTC day or month: HARD refuses calls past it (SPEND_CAP_REACHED), SOFT mails the owner once per window.',
  })
  @ForMember(...KEY_MANAGERS)
  setApiKeySpendCap(
    @Arg('keyId', () => ID) keyId: string,
    @Arg('capCredits', () => Int) capCredits: number,
    @Arg('window', () => SpendCapWindow) window: SpendCapWindow,
    @Arg('mode', () => SpendCapMode) mode: SpendCapMode,
    @Ctx() { em, principal, services }: Context,
  ): Promise<ApiKey> {
    return services.apiKeys.setSpendCap(em, callerMember(principal).customerId, keyId, validSpendCap(capCredits, window, mode));
  }

  @Mutation(() => ApiKeyType, { description: "Removes a key's spend cap; its calls are limited only by the account's credits again." })
  @ForMember(...KEY_MANAGERS)
  clearApiKeySpendCap(@Arg('keyId', () => ID) keyId: string, @Ctx() { em, principal, services }: Context): Promise<ApiKey> {
    return services.apiKeys.setSpendCap(em, callerMember(principal).customerId, keyId, null);
  }
}
