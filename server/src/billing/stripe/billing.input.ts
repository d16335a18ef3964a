import { IsEmail, IsOptional, Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';

/**
 * A name shown to finance in the console and in CSV files: at least one letter, digit, punctuation
 * or symbol, and no control or format characters (Cf holds the bidirectional overrides that make
 * a name read differently from what it is, and zero-width characters).
 */
const PRINTABLE_NAME = /^(?=.*[\p{L}\p{N}\p{P}\p{S}])[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+$/u;

@InputType('SignUpInput')
export class SignUpInput {
  @Field(() => String, { description: 'Printable: at least one visible character, no control or bidirectional-override characters.' })
  @Length(1, 200)
  @Matches(PRINTABLE_NAME, {
    message: 'company must hold a visible character and no control, invisible or bidirectional-override characters',
  })
  company!: string;

  @Field(() => String)
  @IsEmail()
  @Length(3, 320)
  email!: string;

  @Field(() => String, { description: 'A plan code from `plans` (free, starter, pro, team, enterprise).' })
  @Matches(/^[a-z0-9_-]{1,32}$/)
  plan!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Also creates the portal sign-in (owner) for this email with this password (10+ characters) and mails a verification link.',
  })
  @IsOptional()
  @Length(10, 200)
  password?: string | null;
}
