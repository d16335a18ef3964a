import { Arg, Ctx, Directive, Mutation, Query, Resolver } from 'type-graphql';
import { ForAdmin, Public, type Context } from '../api/index.js';
import { callerAdmin } from '../domain/access/index.js';
import { ALL_ADMIN_ROLES, AdminSessionType, AdminUser, AdminUserType } from '../platform/staff/index.js';

@Resolver()
export class AdminAuthResolver {
  @Mutation(() => AdminSessionType, {
    description: 'Signs in to the console; sets an HttpOnly session cookie. Throttled per account and address.',
  })
  @Public()
  @Directive('@rateLimit(max: 30, window: "60s")')
  async adminLogin(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Arg('totpCode', () => String, {
      nullable: true,
      description: 'The 6-digit code of an account with two-step sign-in; asked for by a refusal whose field is totpCode.',
    })
    totpCode: string | null | undefined,
    @Ctx() { em, ip, requestId, services, response }: Context,
  ): Promise<AdminSessionType> {
    const { admin, token, expiresAt } = await services.adminAuth.login(em, { email, password, totpCode }, ip, requestId);
    response.setSessionCookie(token, expiresAt);
    return { admin, expiresAt };
  }

  @Mutation(() => Boolean, { description: 'Ends the current console session everywhere at once.' })
  @ForAdmin(...ALL_ADMIN_ROLES)
  async adminLogout(@Ctx() { em, ip, requestId, principal, services, response }: Context): Promise<boolean> {
    await services.adminAuth.logout(em, callerAdmin(principal), ip, requestId);
    response.clearSessionCookie();
    return true;
  }

  @Query(() => AdminUserType, { description: 'The signed-in console user.' })
  @ForAdmin(...ALL_ADMIN_ROLES)
  adminMe(@Ctx() { em, principal }: Context): Promise<AdminUser> {
    return em.findOneOrFail(AdminUser, callerAdmin(principal).adminId);
  }
}
