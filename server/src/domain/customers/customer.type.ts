import { Field, ID, ObjectType } from 'type-graphql';
import { Paginated } from '../../platform/graphql/index.js';
import { CustomerStatus } from './customer.entity.js';

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
