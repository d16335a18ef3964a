import { Length } from 'class-validator';
import { ArgsType, Field, ID, ObjectType } from 'type-graphql';
import { PageArgs, Paginated } from '../platform/graphql/index.js';
import { ApiKeyStatus, ApiKeyType } from '../domain/keys/index.js';

/** A key as the console sees it: the customer's view plus who owns it and how it ended. */
@ObjectType('AdminApiKey')
export class AdminApiKeyType extends ApiKeyType {
  @Field(() => ID)
  customerId!: string;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => String, { description: '`customer:<key id>`, `admin:<admin id>` or `system`.' })
  createdBy!: string;
}

@ObjectType('AdminApiKeyPage')
export class AdminApiKeyPage extends Paginated(AdminApiKeyType, 'AdminApiKey') {}

@ObjectType('AdminIssuedApiKey', { description: 'The key that replaces a rotated one; `secret` is shown this once.' })
export class AdminIssuedApiKeyType {
  @Field(() => AdminApiKeyType)
  apiKey!: AdminApiKeyType;

  @Field(() => String)
  secret!: string;
}

@ArgsType()
export class AdminApiKeyListArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this key: how the console links to one key.' })
  id?: string | null;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => ApiKeyStatus, { nullable: true })
  status?: ApiKeyStatus | null;

  @Field(() => String, { nullable: true, description: 'Matches the key name or its display prefix.' })
  @Length(1, 100)
  search?: string | null;
}
