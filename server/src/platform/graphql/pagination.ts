import { Max, Min } from 'class-validator';
import { ArgsType, type ClassType, Field, Int, ObjectType } from 'type-graphql';

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 1, description: 'Page number, from 1.' })
  @Min(1)
  page: number = 1;

  @Field(() => Int, { defaultValue: 25, description: `Items per page, at most ${MAX_PAGE_SIZE}.` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  perPage: number = 25;
}

export type PageOf<T> = { items: T[]; totalCount: number; page: number; perPage: number };

/** Fields of `<Name>Page { items, totalCount, page, perPage }`; the base type is never referenced, so it is not emitted. */
export function Paginated<T extends object>(itemType: ClassType<T>, name: string) {
  @ObjectType(`${name}PageBase`)
  abstract class PageType implements PageOf<T> {
    @Field(() => [itemType])
    items!: T[];

    @Field(() => Int)
    totalCount!: number;

    @Field(() => Int)
    page!: number;

    @Field(() => Int)
    perPage!: number;
  }
  return PageType;
}

export function pageOf<T>(items: T[], totalCount: number, args: PageArgs): PageOf<T> {
  return { items, totalCount, page: args.page, perPage: args.perPage };
}
