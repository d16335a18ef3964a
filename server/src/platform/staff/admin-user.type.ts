import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Paginated } from '../graphql/index.js';
import { AdminRole } from './admin-role.js';

registerEnumType(AdminRole, { name: 'AdminRole' });

@ObjectType('AdminUser')
export class AdminUserType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  name!: string;

  @Field(() => AdminRole)
  role!: AdminRole;

  @Field(() => Boolean)
  disabled!: boolean;

  @Field(() => Date, { nullable: true })
  lastLoginAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('AdminUserPage')
export class AdminUserPage extends Paginated(AdminUserType, 'AdminUser') {}

@ObjectType('AdminSession', { description: 'A console session; its token travels in an HttpOnly cookie only.' })
export class AdminSessionType {
  @Field(() => AdminUserType)
  admin!: AdminUserType;

  @Field(() => Date)
  expiresAt!: Date;
}
