import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AccessLevel } from '../domain/access/index.js';
import { CustomerStatus } from '../domain/customers/index.js';

registerEnumType(AccessLevel, { name: 'AccessLevel', description: 'What the account may do now (see Access in docs/architecture.md).' });
registerEnumType(CustomerStatus, { name: 'CustomerStatus' });

@ObjectType('AccountAccess')
export class AccountAccessType {
  @Field(() => AccessLevel)
  level!: AccessLevel;

  @Field(() => String, { description: 'Why: active, trialing, past_due_grace, pending_payment, customer_suspended, canceled, …' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'What to do when the level is below FULL.' })
  advice!: string | null;
}

@ObjectType('Account', { description: "The calling key's account." })
export class AccountType {
  @Field(() => ID)
  id!: string;

  /** The plan's code from the verified key; the `plan` field loads the plan only when it is asked for. */
  planCode!: string;

  @Field(() => AccountAccessType)
  access!: AccountAccessType;
}
