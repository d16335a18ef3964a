import { Arg, Args, ArgsType, Ctx, Field, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ForAdmin, type Context } from '../api/index.js';
import { callerAdmin } from '../domain/access/index.js';
import {
  AdminAlertKind,
  AdminAlertPage,
  AdminAlertStatus,
  AdminAlertType,
  acknowledgeAdminAlert,
  adminAlertView,
  findAdminAlerts,
} from '../notifications/index.js';
import { PageArgs, pageOf, type PageOf } from '../platform/graphql/index.js';
import { ALL_ADMIN_ROLES, AdminRole, AdminUser, AdminUserType, recordAudit, setAlertEmails } from '../platform/staff/index.js';

@ArgsType()
class AdminAlertArgs extends PageArgs {
  @Field(() => AdminAlertStatus, { nullable: true, description: 'Only alerts in this state; all when absent.' })
  status?: AdminAlertStatus | null;

  @Field(() => AdminAlertKind, { nullable: true })
  kind?: AdminAlertKind | null;
}

/**
 * Admin alerts in the console: every role reads them (finance follows failed payments), the roles
 * that act on customers acknowledge them, and each admin chooses for themself whether alerts are mailed.
 */
@Resolver()
export class AdminAlertResolver {
  @Query(() => AdminAlertPage, { description: 'Admin alerts, newest first.' })
  @ForAdmin(...ALL_ADMIN_ROLES)
  async adminAlerts(@Args(() => AdminAlertArgs) args: AdminAlertArgs, @Ctx() { em }: Context): Promise<PageOf<AdminAlertType>> {
    const [alerts, total] = await findAdminAlerts(em, args, { limit: args.perPage, offset: (args.page - 1) * args.perPage });
    return pageOf(alerts.map(adminAlertView), total, args);
  }

  @Mutation(() => AdminAlertType, { description: 'Closes an open alert with an optional note; audited.' })
  @ForAdmin(AdminRole.SUPER_ADMIN, AdminRole.ADMIN, AdminRole.SUPPORT)
  async acknowledgeAdminAlert(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { defaultValue: '' }) note: string,
    @Ctx() { em, ip, requestId, principal }: Context,
  ): Promise<AdminAlertType> {
    const caller = callerAdmin(principal);
    const alert = await acknowledgeAdminAlert(em, id, { adminId: caller.adminId, email: caller.email }, note);
    recordAudit(
      em,
      { principal: caller, ip, requestId },
      {
        action: 'admin_alert.acknowledge',
        targetType: 'admin_alert',
        targetId: alert.id,
        after: { kind: alert.kind, subject: alert.subject, note: alert.details.acknowledgementNote ?? null },
      },
    );
    await em.flush();
    return adminAlertView(alert);
  }

  @Mutation(() => AdminUserType, { description: 'Turns alert mail on or off for the signed-in console user; audited.' })
  @ForAdmin(...ALL_ADMIN_ROLES)
  async setMyAlertEmails(
    @Arg('enabled', () => Boolean) enabled: boolean,
    @Ctx() { em, ip, requestId, principal }: Context,
  ): Promise<AdminUser> {
    const caller = callerAdmin(principal);
    const admin = await setAlertEmails(em, caller.adminId, enabled);
    recordAudit(
      em,
      { principal: caller, ip, requestId },
      { action: 'admin_user.alert_emails', targetType: 'admin_user', targetId: admin.id, after: { alertEmails: enabled } },
    );
    await em.flush();
    return admin;
  }
}
