import { Field, ID, InputType, ObjectType } from 'type-graphql';

@ObjectType('TaxId', { description: 'A tax id on the Stripe customer, printed on invoices.' })
export class TaxIdType {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "Stripe's type, like eu_vat, gb_vat or us_ein." }) type!: string;
  @Field(() => String) value!: string;
  @Field(() => String, { nullable: true }) country!: string | null;
  @Field(() => String, { nullable: true, description: "Stripe's verification: pending, verified, unverified or unavailable." })
  verificationStatus!: string | null;
}

@ObjectType('BillingDetails', { description: 'Where invoices go and the tax id on them, as Stripe holds them.' })
export class BillingDetailsType {
  @Field(() => String, { nullable: true, description: 'The address Stripe mails invoices and receipts to.' }) email!: string | null;
  @Field(() => [TaxIdType]) taxIds!: TaxIdType[];
}

@InputType('TaxIdInput')
export class TaxIdInput {
  @Field(() => String, { description: 'eu_vat, gb_vat, us_ein, ch_vat, au_abn or ca_bn.' }) type!: string;
  @Field(() => String, { description: 'The number as registered, like DE123456789.' }) value!: string;
}
