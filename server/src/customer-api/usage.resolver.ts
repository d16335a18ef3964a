import { Arg, Ctx, Info, Query, Resolver } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { type DocumentNode, type GraphQLResolveInfo, parse, specifiedRules, validate } from 'graphql';
import { ForKey, documentParseOptions, documentValidationRules, type Context } from '../api/index.js';
import { ErrorCode, appError } from '../platform/graphql/index.js';
import {
  QuoteType,
  UsageGroupBy,
  UsagePeriod,
  UsageReportType,
  creditsOf,
  estimateCost,
  periodAt,
  usageReport,
} from '../metering/index.js';
import { FieldUse, callerKey } from '../domain/access/index.js';
import { ApiKeyScope } from '../domain/keys/index.js';

const MAX_QUOTED_QUERY = 20_000;

@Resolver()
export class UsageResolver {
  @Query(() => UsageReportType, { description: "The caller's usage in a billing period, grouped by day, operation or key. Free." })
  @ForKey(FieldUse.READ, ApiKeyScope.USAGE_READ)
  async usage(
    @Arg('groupBy', () => UsageGroupBy, { defaultValue: UsageGroupBy.DAY }) groupBy: UsageGroupBy,
    @Arg('period', () => UsagePeriod, { defaultValue: UsagePeriod.CURRENT }) period: UsagePeriod,
    @Ctx() { em, principal, services }: Context,
  ): Promise<UsageReportType> {
    const caller = callerKey(principal);
    const current = (await services.monetization.credits.peekPeriod(caller.customerId, caller.access.limits.includedCredits)).period;
    const wanted =
      period === UsagePeriod.CURRENT
        ? current
        : periodAt(
            { start: new Date(current.start.getTime() - 40 * 86_400_000), end: current.start },
            new Date(current.start.getTime() - 1),
          );
    return usageReport(em, caller.customerId, wanted, groupBy);
  }

  @Query(() => QuoteType, { description: 'Prices an operation in credits and cents for the caller without running it. Free.' })
  @ForKey(FieldUse.READ)
  async quote(
    @Arg('query', () => String) query: string,
    @Arg('variables', () => GraphQLJSONObject, { nullable: true }) variables: Record<string, unknown> | null,
    @Ctx() { principal, services }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<QuoteType> {
    const caller = callerKey(principal);
    if (query.length > MAX_QUOTED_QUERY)
      throw appError(ErrorCode.BAD_USER_INPUT, `Quote operations of at most ${MAX_QUOTED_QUERY} characters.`, { field: 'query' });
    let document: DocumentNode;
    try {
      document = parse(query, documentParseOptions);
    } catch (error) {
      throw appError(ErrorCode.BAD_USER_INPUT, `The query does not parse: ${(error as Error).message}`, { field: 'query' });
    }
    // The quoted operation gets the same shape limits as one sent to /graphql.
    const invalid = validate(info.schema, document, [...specifiedRules, ...documentValidationRules]);
    if (invalid.length > 0)
      throw appError(ErrorCode.BAD_USER_INPUT, `The query is not valid against the schema: ${invalid[0].message}`, { field: 'query' });
    let credits: number;
    try {
      credits = estimateCost(info.schema, document, variables ?? {}, undefined).credits;
    } catch (error) {
      throw appError(ErrorCode.BAD_USER_INPUT, `The variables do not fit the query: ${(error as Error).message}`, { field: 'variables' });
    }
    const limits = caller.access.limits;
    const balance = await creditsOf(services.monetization, caller.customerId, limits);
    const available = Math.max(0, balance.includedRemaining + balance.prepaidRemaining - balance.reservedCredits);
    const coveredCredits = Math.min(credits, available);
    const overageCredits = credits - coveredCredits;
    const rate = limits.overageCentsPer1000Credits;
    const overageAllowed = caller.access.overageAllowed && rate !== null;
    const maximumCredits = services.config.MAX_REQUEST_CREDITS;
    let refusal: ErrorCode | null = null;
    if (credits > maximumCredits) refusal = ErrorCode.COST_LIMIT_EXCEEDED;
    else if (overageCredits > 0 && !overageAllowed) refusal = rate === null ? ErrorCode.QUOTA_EXCEEDED : ErrorCode.PAYMENT_REQUIRED;
    return {
      credits,
      maximumCredits,
      coveredCredits,
      overageCredits,
      overageCents: rate === null ? 0 : Math.ceil((overageCredits * rate) / 1000),
      listPriceCents: rate === null ? 0 : Math.ceil((credits * rate) / 1000),
      overageCentsPer1000Credits: rate,
      refusal,
    };
  }
}
