import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ForAdmin, type Context } from '../api/index.js';
import { callerAdmin } from '../domain/access/index.js';
import { isUuid, notFound } from '../platform/graphql/index.js';
import {
  ALL_ADMIN_ROLES,
  AdminPasswordResetType,
  AdminRole,
  type AdminUser,
  AdminUserType,
  ConsoleSessionType,
  TotpEnrolmentType,
  activeSessions,
  changeOwnPassword,
  clearTotp,
  confirmTotpEnrolment,
  disableOwnTotp,
  endSession,
  resetPassword,
  startTotpEnrolment,
} from '../platform/staff/index.js';

const actorOf = ({ principal, ip, requestId }: Context) => ({ principal: callerAdmin(principal), ip, requestId });

/** A staff member's own credentials and sessions, and a super admin's help when someone is locked out. */
@Resolver()
export class StaffSecurityResolver {
  @Query(() => [ConsoleSessionType], {
    description: "Active console sessions: the caller's own, or (super admin) another user's by adminId.",
  })
  @ForAdmin(...ALL_ADMIN_ROLES)
  async adminSessions(
    @Arg('adminId', () => ID, { nullable: true }) adminId: string | null | undefined,
    @Ctx() { em, principal }: Context,
  ): Promise<ConsoleSessionType[]> {
    const caller = callerAdmin(principal);
    const whose = adminId ?? caller.adminId;
    if (whose !== caller.adminId && (caller.role !== AdminRole.SUPER_ADMIN || !isUuid(whose))) throw notFound('Admin user');
    const sessions = await activeSessions(em, whose);
    return sessions.map(({ id, ip, createdAt, expiresAt }) => ({ id, ip, createdAt, expiresAt, current: id === caller.sessionId }));
  }

  @Mutation(() => Boolean, { description: "Ends one session at once: one of the caller's own, or anyone's for a super admin." })
  @ForAdmin(...ALL_ADMIN_ROLES)
  async endAdminSession(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<boolean> {
    await endSession(context.em, actorOf(context), id);
    return true;
  }

  @Mutation(() => AdminUserType, { description: "Changes the caller's password; their other sessions end." })
  @ForAdmin(...ALL_ADMIN_ROLES)
  changeOwnAdminPassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String, { description: 'At least 12 characters.' }) newPassword: string,
    @Ctx() context: Context,
  ): Promise<AdminUser> {
    return changeOwnPassword(context.em, actorOf(context), currentPassword, newPassword);
  }

  @Mutation(() => AdminPasswordResetType, { description: 'Gives another user a generated password, shown once, and ends their sessions.' })
  @ForAdmin(AdminRole.SUPER_ADMIN)
  resetAdminPassword(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<AdminPasswordResetType> {
    return resetPassword(context.em, actorOf(context), id);
  }

  @Mutation(() => TotpEnrolmentType, { description: 'Starts two-step sign-in: a secret to add to an authenticator app.' })
  @ForAdmin(...ALL_ADMIN_ROLES)
  startTotpEnrolment(@Ctx() context: Context): Promise<TotpEnrolmentType> {
    return startTotpEnrolment(context.em, actorOf(context));
  }

  @Mutation(() => AdminUserType, { description: 'Turns two-step sign-in on with a code from the app just set up.' })
  @ForAdmin(...ALL_ADMIN_ROLES)
  confirmTotpEnrolment(@Arg('code', () => String) code: string, @Ctx() context: Context): Promise<AdminUser> {
    return confirmTotpEnrolment(context.em, actorOf(context), code);
  }

  @Mutation(() => AdminUserType, { description: "Turns the caller's two-step sign-in off; asks for the password again." })
  @ForAdmin(...ALL_ADMIN_ROLES)
  disableOwnTotp(@Arg('password', () => String) password: string, @Ctx() context: Context): Promise<AdminUser> {
    return disableOwnTotp(context.em, actorOf(context), password);
  }

  @Mutation(() => AdminUserType, { description: 'Removes the second factor of a user who lost their authenticator app.' })
  @ForAdmin(AdminRole.SUPER_ADMIN)
  clearAdminTotp(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<AdminUser> {
    return clearTotp(context.em, actorOf(context), id);
  }
}
