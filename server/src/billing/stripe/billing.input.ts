import { IsEmail, IsOptional, Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType('SignUpInput')
export class SignUpInput {
  @Field(() => String)
  @Length(1, 200)
  company!: string;

  @Field(() => String)
  @IsEmail()
  @Length(3, 320)
  email!: string;

  @Field(() => String, { description: 'A plan code from `plans` (free, starter, pro, team, enterprise).' })
  @Matches(/^[a-z0-9_-]{1,32}$/)
  plan!: string;

  @Field(() => String, { nullable: true, description: 'Also creates the portal sign-in (owner) for this email with this password (10+ characters) and mails a verification link.' })
  @IsOptional()
  @Length(10, 200)
  password?: string | null;
}
