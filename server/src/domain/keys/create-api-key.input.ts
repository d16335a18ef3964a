import { ArrayMaxSize, IsOptional, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { ApiKeyMode, ApiKeyScope } from './api-key.entity.js';

@InputType('CreateApiKeyInput')
export class CreateApiKeyInput {
  @Field(() => String)
  @Length(1, 100)
  name!: string;

  @Field(() => ApiKeyMode, { defaultValue: ApiKeyMode.LIVE })
  mode: ApiKeyMode = ApiKeyMode.LIVE;

  @Field(() => [ApiKeyScope], {
    nullable: true,
    description: "Defaults to the calling key's scopes; a key may grant only scopes it holds.",
  })
  @IsOptional()
  @ArrayMaxSize(10)
  scopes?: ApiKeyScope[] | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  expiresAt?: Date | null;
}
