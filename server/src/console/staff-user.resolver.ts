import { LockMode } from '@mikro-orm/core';
import { IsEmail, Length } from 'class-validator';
import { Arg, Args, Ctx, Field, ID, InputType, Mutation, Query, Resolver } from 'type-graphql';
import { ForAdmin, type Context } from '../api/index.js';
import { ErrorCode, PageArgs, appError, isUuid, notFound, pageOf, type PageOf } from '../platform/graphql/index.js';
import { callerAdmin } from '../domain/access/index.js';
import { AdminRole, AdminUser, AdminUserPage, AdminUserType, createAdminUser, recordAudit } from '../platform/staff/index.js';

@InputType('CreateAdminUserInput')
class CreateAdminUserInput {
  @Field(() => String)
  @IsEmail()
  email!: string;

  @Field(() => String)
  @Length(1, 200)
  name!: string;

  @Field(() => AdminRole)
  role!: AdminRole;

  @Field(() => String, { description: 'At least 12 characters.' })
  @Length(12, 200)
  password!: string;
}

@Resolver()
export class AdminUserResolver {
  @Query(() => AdminUserPage)
  @ForAdmin(AdminRole.SUPER_ADMIN)
  async adminUsers(@Args(() => PageArgs) args: PageArgs, @Ctx() { em }: Context): Promise<PageOf<AdminUser>> {
    const [items, total] = await em.findAndCount(
      AdminUser,
      {},
      { orderBy: { email: 'asc' }, limit: args.perPage, offset: (args.page - 1) * args.perPage },
    );
    return pageOf(items, total, args);
  }

  @Mutation(() => AdminUserType)
  @ForAdmin(AdminRole.SUPER_ADMIN)
  async createAdminUser(
    @Arg('input', () => CreateAdminUserInput) input: CreateAdminUserInput,
    @Ctx() { em, ip, requestId, principal }: Context,
  ): Promise<AdminUser> {
    const admin = await createAdminUser(em, input);
    recordAudit(
      em,
      { principal: callerAdmin(principal), ip, requestId },
      { action: 'admin_user.create', targetType: 'admin_user', targetId: admin.id, after: { email: admin.email, role: admin.role } },
    );
    await em.flush();
    return admin;
  }

  @Mutation(() => AdminUserType, { description: 'Changes a role or disables an account; disabling ends its sessions at once.' })
  @ForAdmin(AdminRole.SUPER_ADMIN)
  async updateAdminUser(
    @Arg('id', () => ID) id: string,
    @Arg('role', () => AdminRole, { nullable: true }) role: AdminRole | null | undefined,
    @Arg('disabled', () => Boolean, { nullable: true }) disabled: boolean | null | undefined,
    @Ctx() { em, ip, requestId, principal }: Context,
  ): Promise<AdminUser> {
    const caller = callerAdmin(principal);
    // Super admin rows are locked first, so two super admins demoting each other cannot leave none.
    return em.transactional(async (tx) => {
      const superAdmins = await tx.find(
        AdminUser,
        { role: AdminRole.SUPER_ADMIN, disabled: false },
        { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } },
      );
      const admin = isUuid(id) ? await tx.findOne(AdminUser, id) : null;
      if (!admin) throw notFound('Admin user');
      const before = { role: admin.role, disabled: admin.disabled };
      const demotes = (role && role !== AdminRole.SUPER_ADMIN) || disabled === true;
      if (demotes && admin.id === caller.adminId) {
        throw appError(ErrorCode.FORBIDDEN, 'You cannot disable or demote yourself. Ask another super admin.');
      }
      if (demotes && before.role === AdminRole.SUPER_ADMIN && !before.disabled && superAdmins.length <= 1) {
        throw appError(ErrorCode.CONFLICT, 'This is the last super admin. Make another user super admin first.');
      }
      // An omitted argument arrives as undefined, an explicit null as null: both mean no change.
      if (role) admin.role = role;
      if (typeof disabled === 'boolean') admin.disabled = disabled;
      recordAudit(
        tx,
        { principal: caller, ip, requestId },
        {
          action: 'admin_user.update',
          targetType: 'admin_user',
          targetId: admin.id,
          before,
          after: { role: admin.role, disabled: admin.disabled },
        },
      );
      await tx.flush();
      return admin;
    });
  }
}
