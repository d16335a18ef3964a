import { Field, ID, ObjectType } from 'type-graphql';
import { Paginated } from '../../platform/graphql/index.js';
import { CustomerStatus } from './customer.entity.js';

@ObjectType('CustomerAddress')
export class CustomerAddressType {
  @Field(() => String, { nullable: true })
  line1?: string;

  @Field(() => String, { nullable: true })
  line2?: string;

  @Field(() => String, { nullable: true })
  city?: string;

  @Field(() => String, { nullable: true })
  state?: string;

  @Field(() => String, { nullable: true })
  postalCode?: string;

  @Field(() => String, { nullable: true })
  country?: string;
}

@ObjectType('Customer', { description: 'A customer as the console sees it.' })
export class CustomerType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  company!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String, { nullable: true })
  billingEmail!: string | null;

  @Field(() => String, { nullable: true })
  taxId!: string | null;

  @Field(() => CustomerAddressType, { nullable: true })
  address?: CustomerAddressType | null;

  @Field(() => String, { nullable: true, description: 'Staff notes; never shown to the customer.' })
  notes!: string | null;

  @Field(() => [String])
  tags!: string[];

  @Field(() => String, { nullable: true })
  stripeCustomerId!: string | null;

  @Field(() => CustomerStatus)
  status!: CustomerStatus;

  @Field(() => String, { nullable: true })
  suspendedReason!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('CustomerPage')
export class CustomerPage extends Paginated(CustomerType, 'Customer') {}
