import { ArrayMaxSize, IsEmail, IsOptional, Length, Matches, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';

/** Printable text: a visible character and no control or bidirectional-override characters. */
const PRINTABLE = /^(?=.*[\p{L}\p{N}\p{P}\p{S}])[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+$/u;

@InputType('CustomerAddressInput', { description: "A postal address in Stripe's shape; country is ISO 3166-1 alpha-2." })
export class CustomerAddressInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 200)
  line1?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 200)
  line2?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 100)
  city?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 100)
  state?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 20)
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^([A-Za-z]{2})?$/, { message: 'country must be a two-letter ISO code such as DE or US' })
  country?: string | null;
}

/** The console's edit of a customer: every field given replaces the stored one; null clears an optional one. */
@InputType('CustomerProfileInput')
export class CustomerProfileInput {
  @Field(() => String)
  @Length(1, 200)
  @Matches(PRINTABLE, { message: 'company must hold a visible character and no control or bidirectional-override characters' })
  company!: string;

  @Field(() => String, { description: "The account's sign-in and contact email; unique across customers." })
  @IsEmail({}, { message: 'email must be an email address such as ops@example.com' })
  @Length(3, 320)
  email!: string;

  @Field(() => String, { nullable: true, description: 'Where invoices go; the contact email when empty.' })
  @IsOptional()
  @IsEmail({}, { message: 'billingEmail must be an email address such as billing@example.com, or empty' })
  @Length(3, 320)
  billingEmail?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 64)
  taxId?: string | null;

  @Field(() => CustomerAddressInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  address?: CustomerAddressInput | null;

  @Field(() => String, { nullable: true, description: 'Notes for staff only, up to 5,000 characters.' })
  @IsOptional()
  @Length(0, 5000)
  notes?: string | null;

  @Field(() => [String], { nullable: true, description: 'Up to 20 tags of 1-40 letters, digits, dashes or underscores; stored lowercase.' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'tags holds at most 20 tags' })
  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { each: true, message: 'each tag must be 1-40 letters, digits, dashes or underscores' })
  tags?: string[] | null;
}
