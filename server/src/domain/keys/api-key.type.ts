import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Paginated } from '../../platform/graphql/index.js';
import { ApiKeyMode, ApiKeyScope, ApiKeyStatus } from './api-key.entity.js';
import { SpendCapMode, SpendCapWindow } from './spend-cap.js';

registerEnumType(ApiKeyMode, { name: 'ApiKeyMode' });
registerEnumType(ApiKeyStatus, { name: 'ApiKeyStatus' });
registerEnumType(ApiKeyScope, { name: 'ApiKeyScope' });

@Directive('@cost(weight: "0.04")')
@ObjectType('ApiKey', { description: 'An API key as it can be shown: never its secret or its hash.' })
export class ApiKeyType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ApiKeyMode)
  mode!: ApiKeyMode;

  @Field(() => String, { description: 'The first characters of the key, for telling keys apart.' })
  displayPrefix!: string;

  @Field(() => String)
  last4!: string;

  @Field(() => [ApiKeyScope])
  scopes!: ApiKeyScope[];

  @Field(() => ApiKeyStatus)
  status!: ApiKeyStatus;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Set on a rotated key: it stops working at this time.' })
  graceUntil!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Updated at most every 30 seconds.' })
  lastUsedAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Int, { nullable: true, description: 'Credits this key may spend per spendCapWindow; null when the key has no cap.' })
  spendCapCredits!: number | null;

  @Field(() => SpendCapWindow, { nullable: true, description: 'The UTC day or month the cap counts over.' })
  spendCapWindow!: SpendCapWindow | null;

  @Field(() => SpendCapMode, { nullable: true, description: 'HARD refuses calls past the cap (SPEND_CAP_REACHED); SOFT only alerts.' })
  spendCapMode!: SpendCapMode | null;
}

@ObjectType('ApiKeyPage')
export class ApiKeyPage extends Paginated(ApiKeyType, 'ApiKey') {}

@ObjectType('IssuedApiKey', { description: 'A new key. `secret` is shown this once and cannot be read again.' })
export class IssuedApiKeyType {
  @Field(() => ApiKeyType)
  apiKey!: ApiKeyType;

  @Field(() => String)
  secret!: string;
}
