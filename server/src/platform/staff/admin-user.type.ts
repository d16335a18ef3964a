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

  @Field(() => Boolean, { description: 'Whether this admin is mailed when an admin alert opens.' })
  alertEmails!: boolean;

  @Field(() => Date, { nullable: true })
  lastLoginAt!: Date | null;

  @Field(() => Boolean, { description: 'Whether signing in asks for a code from an authenticator app.' })
  totpEnabled!: boolean;

  @Field(() => Date, { nullable: true })
  passwordChangedAt!: Date | null;

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
