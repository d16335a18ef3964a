import { GraphQLJSONObject } from 'graphql-scalars';
import { Args, ArgsType, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { ForAdmin, type Context } from '../api/index.js';
import { PageArgs, Paginated, isUuid, pageOf, type PageOf } from '../platform/graphql/index.js';
import { AdminRole, AuditLog } from '../platform/staff/index.js';

@ObjectType('AuditLogEntry')
class AuditLogEntryType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  actorEmail!: string;

  @Field(() => String)
  action!: string;

  @Field(() => String)
  targetType!: string;

  @Field(() => String, { nullable: true })
  targetId!: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  after!: Record<string, unknown> | null;

  @Field(() => String, { nullable: true })
  ip!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('AuditLogPage')
class AuditLogPage extends Paginated(AuditLogEntryType, 'AuditLogEntry') {}

/** Matches no row: an id that is no uuid finds nothing instead of failing the query. */
const NO_ROW = '00000000-0000-0000-0000-000000000000';

@ArgsType()
class AuditLogArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this entry: how the console links to one audited action.' })
  id?: string | null;

  @Field(() => String, { nullable: true })
  targetType?: string | null;

  @Field(() => String, { nullable: true })
  targetId?: string | null;
}

@Resolver()
export class AuditLogResolver {
  @Query(() => AuditLogPage, { description: 'Admin actions, newest first.' })
  @ForAdmin(AdminRole.SUPER_ADMIN, AdminRole.ADMIN, AdminRole.SUPPORT)
  async auditLog(@Args(() => AuditLogArgs) args: AuditLogArgs, @Ctx() { em }: Context): Promise<PageOf<AuditLog>> {
    const where = {
      ...(args.id ? { id: isUuid(args.id) ? args.id : NO_ROW } : {}),
      ...(args.targetType ? { targetType: args.targetType } : {}),
      ...(args.targetId ? { targetId: args.targetId } : {}),
    };
    const [items, total] = await em.findAndCount(AuditLog, where, {
      orderBy: { createdAt: 'desc', id: 'asc' },
      limit: args.perPage,
      offset: (args.page - 1) * args.perPage,
    });
    return pageOf(items, total, args);
  }
}
