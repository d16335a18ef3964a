import { IsOptional, Length } from 'class-validator';
import { ArgsType, Field, registerEnumType } from 'type-graphql';
import { PageArgs } from '../../platform/graphql/index.js';
import { CustomerStatus } from './customer.entity.js';

export enum CustomerSortField {
  CREATED_AT = 'createdAt',
  COMPANY = 'company',
  EMAIL = 'email',
}

export enum SortOrder {
  ASC = 'asc',
  DESC = 'desc',
}

registerEnumType(CustomerSortField, { name: 'CustomerSortField' });
registerEnumType(SortOrder, { name: 'SortOrder' });

@ArgsType()
export class CustomerListArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Matches company or email, case-insensitive.' })
  @IsOptional()
  @Length(1, 200)
  search?: string | null;

  @Field(() => CustomerStatus, { nullable: true })
  status?: CustomerStatus | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only customers whose newest subscription is on this plan (plan code): how the plan mix chart opens a plan.',
  })
  @IsOptional()
  @Length(1, 64)
  planCode?: string | null;

  @Field(() => CustomerSortField, { defaultValue: CustomerSortField.CREATED_AT })
  sortField: CustomerSortField = CustomerSortField.CREATED_AT;

  @Field(() => SortOrder, { defaultValue: SortOrder.DESC })
  sortOrder: SortOrder = SortOrder.DESC;
}
