import { Field, ID, ObjectType } from 'type-graphql';
import { AdminUserType } from './admin-user.type.js';

@ObjectType('ConsoleSession', { description: 'A console sign-in that has neither ended nor expired.' })
export class ConsoleSessionType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'The address the session signed in from.' })
  ip!: string | null;

  @Field(() => Date, { description: 'When the session signed in.' })
  createdAt!: Date;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => Boolean, { description: 'The session making this request.' })
  current!: boolean;
}

@ObjectType('TotpEnrolment', { description: 'What an authenticator app needs; shown once, until confirmed with a code.' })
export class TotpEnrolmentType {
  @Field(() => String, { description: 'The base32 secret, for apps where it is typed in.' })
  secret!: string;

  @Field(() => String)
  otpauthUri!: string;

  @Field(() => String, { description: 'The otpauth URI as an SVG QR code.' })
  qrSvg!: string;
}

@ObjectType('AdminPasswordReset', { description: 'A generated password, shown once; give it to its owner in person.' })
export class AdminPasswordResetType {
  @Field(() => AdminUserType)
  admin!: AdminUserType;

  @Field(() => String)
  password!: string;
}
