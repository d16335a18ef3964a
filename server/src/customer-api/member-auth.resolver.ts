import { Arg, Ctx, Directive, Mutation, Query, Resolver } from 'type-graphql';
import { ForMember, MEMBER_SESSION_COOKIE, Public, type Context } from '../api/index.js';
import { callerMember } from '../domain/access/index.js';
import { ALL_MEMBER_ROLES, CustomerMember, MemberSessionType, PortalMeType, portalMe } from '../domain/members/index.js';

@Resolver()
export class MemberAuthResolver {
  @Mutation(() => MemberSessionType, {
    description: 'Signs a member in to the portal; sets the HttpOnly portal cookie. Throttled per account and address.',
  })
  @Public()
  @Directive('@rateLimit(max: 30, window: "60s")')
  async memberSignIn(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() { em, ip, services, response }: Context,
  ): Promise<MemberSessionType> {
    const { member, token, expiresAt } = await services.memberAuth.signIn(em, email, password, ip);
    response.setSessionCookie(token, expiresAt, MEMBER_SESSION_COOKIE);
    return { me: await portalMe(em, member), expiresAt };
  }

  @Mutation(() => Boolean, { description: 'Ends the current portal session.' })
  @ForMember(...ALL_MEMBER_ROLES)
  async memberSignOut(@Ctx() { em, principal, services, response }: Context): Promise<boolean> {
    await services.memberAuth.signOut(em, callerMember(principal));
    response.clearSessionCookie(MEMBER_SESSION_COOKIE);
    return true;
  }

  @Query(() => PortalMeType, { description: 'The signed-in member and their company.' })
  @ForMember(...ALL_MEMBER_ROLES)
  async portalMe(@Ctx() { em, principal }: Context): Promise<PortalMeType> {
    return portalMe(em, await em.findOneOrFail(CustomerMember, callerMember(principal).memberId));
  }

  @Mutation(() => Boolean, { description: 'Mails a new verification link to the signed-in member.' })
  @ForMember(...ALL_MEMBER_ROLES)
  @Directive('@rateLimit(max: 5, window: "60s")')
  async resendVerificationEmail(@Ctx() { em, principal, services }: Context): Promise<boolean> {
    await services.memberAccounts.sendVerification(em, await em.findOneOrFail(CustomerMember, callerMember(principal).memberId));
    return true;
  }

  @Mutation(() => Boolean, { description: 'Confirms a member email from the link in the verification mail.' })
  @Public()
  async verifyMemberEmail(@Arg('token', () => String) token: string, @Ctx() { em, services }: Context): Promise<boolean> {
    await services.memberAccounts.verifyEmail(em, token);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Mails a password reset link if the address has a portal sign-in; answers true either way.' })
  @Public()
  @Directive('@rateLimit(max: 10, window: "60s")')
  async requestPasswordReset(@Arg('email', () => String) email: string, @Ctx() { em, services }: Context): Promise<boolean> {
    await services.memberAccounts.requestPasswordReset(em, email);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Sets a new password from a reset link and ends every session of that member.' })
  @Public()
  async resetPassword(
    @Arg('token', () => String) token: string,
    @Arg('password', () => String) password: string,
    @Ctx() { em, services }: Context,
  ): Promise<boolean> {
    await services.memberAccounts.resetPassword(em, token, password);
    return true;
  }

  @Mutation(() => MemberSessionType, { description: 'Chooses the first password from an invitation (or account claim) link and signs in.' })
  @Public()
  async acceptInvitation(
    @Arg('token', () => String) token: string,
    @Arg('password', () => String) password: string,
    @Ctx() { em, ip, services, response }: Context,
  ): Promise<MemberSessionType> {
    const member = await services.memberAccounts.acceptInvitation(em, token, password);
    const { token: session, expiresAt } = await services.memberAuth.openSession(em, member, ip);
    response.setSessionCookie(session, expiresAt, MEMBER_SESSION_COOKIE);
    return { me: await portalMe(em, member), expiresAt };
  }

  @Mutation(() => Boolean, {
    description:
      "For accounts made before portal sign-ins (API key only): mails an owner link to the account's email. Answers true either way.",
  })
  @Public()
  @Directive('@rateLimit(max: 5, window: "60s")')
  async claimAccount(@Arg('email', () => String) email: string, @Ctx() { em, services }: Context): Promise<boolean> {
    await services.memberAccounts.claimAccount(em, email);
    return true;
  }
}
