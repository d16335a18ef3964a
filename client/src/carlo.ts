import { QuoteDocument, RunSimulationDocument, StartSimulationDocument, UsageDocument } from './documents.js';
import { CarloError } from './errors.js';
import type { CarloQuoteQuery, CarloUsageQuery, SimulationInput, UsageGroupBy, UsagePeriod } from './generated/graphql.js';
import { describeOperation, documentText, type Execute, type GraphQLDocument } from './operation.js';
import { AccountResource, Keys, Simulations } from './resources.js';
import { type RateLimitState, withResponse, type WithResponse } from './response.js';
import type { RetryEvent } from './retry.js';
import { type CallOptions, send, type TransportConfig } from './transport.js';

export type CarloOptions = {
  /** Defaults to the CARLO_API_KEY environment variable (in Node). */
  apiKey?: string;
  /** Defaults to CARLO_BASE_URL, else http://127.0.0.1:4000 (what `npm start` serves). */
  baseUrl?: string;
  /** Per attempt, 60 s by default: runSimulation may compute for up to 30 s. */
  timeoutMs?: number;
  /** Retries after a rate limit, a dropped connection or a 5xx (idempotent mutations only); 3 by default. */
  maxRetries?: number;
  /** A rate-limit wait longer than this fails at once with RateLimitedError; 30 s by default. */
  maxRetryWaitMs?: number;
  /** Called before each retry's wait. */
  onRetry?: (event: RetryEvent) => void;
  /** Another fetch implementation (a proxy agent, a test double); the global fetch by default. */
  fetch?: typeof fetch;
};

export type Quote = CarloQuoteQuery['quote'];
export type UsageReport = CarloUsageQuery['usage'];

type ProcessEnv = { process?: { env?: Record<string, string | undefined> } };

/** Environment variables in Node, Deno or Bun; nothing in a browser. */
function env(name: string): string | undefined {
  const value = (globalThis as ProcessEnv).process?.env?.[name];
  return value === undefined || value === '' ? undefined : value;
}

function endpointOf(baseUrl: string): string {
  const trimmed = baseUrl.replace(/\/+$/, '');
  return trimmed.endsWith('/graphql') ? trimmed : `${trimmed}/graphql`;
}

/**
 * The Carlo API client. Every method returns its data with `lastResponse` (cost receipt,
 * rate-limit state, request id) and throws a CarloError subclass chosen by the error's code.
 */
export class Carlo {
  readonly simulations: Simulations;
  readonly account: AccountResource;
  readonly keys: Keys;
  private readonly config: TransportConfig;
  private lastRateLimit: RateLimitState | null = null;

  constructor(options: CarloOptions = {}) {
    const apiKey = options.apiKey ?? env('CARLO_API_KEY');
    if (!apiKey) {
      throw new CarloError({
        code: 'MISSING_API_KEY',
        message:
          'No Carlo API key: pass new Carlo({ apiKey }) or set the CARLO_API_KEY environment variable to a key from the console (mc_live_… or mc_test_…).',
      });
    }
    const fetchImplementation = options.fetch ?? globalThis.fetch;
    if (typeof fetchImplementation !== 'function')
      throw new CarloError({ code: 'CONNECTION', message: 'No fetch in this runtime: use Node 20+ or a browser, or pass options.fetch.' });
    this.config = {
      apiKey,
      endpoint: endpointOf(options.baseUrl ?? env('CARLO_BASE_URL') ?? 'http://127.0.0.1:4000'),
      timeoutMs: options.timeoutMs ?? 60_000,
      maxRetries: options.maxRetries ?? 3,
      maxRetryWaitMs: options.maxRetryWaitMs ?? 30_000,
      // Bound to globalThis: browsers refuse fetch called as a method of another object.
      fetch: fetchImplementation.bind(globalThis),
      onRetry: options.onRetry,
    };
    const execute: Execute = (document, variables, callOptions) => this.graphql(document, variables, callOptions);
    this.simulations = new Simulations(execute);
    this.account = new AccountResource(execute);
    this.keys = new Keys(execute);
  }

  /** The rate-limit state of the latest response, or null before the first. */
  get rateLimit(): RateLimitState | null {
    return this.lastRateLimit;
  }

  /**
   * Any operation of the schema, typed by its document. Mutations get a fresh Idempotency-Key
   * per call unless `options.idempotencyKey` says otherwise.
   */
  async graphql<Result, Variables>(
    document: GraphQLDocument<Result, Variables>,
    variables?: Variables,
    options: CallOptions & { operationName?: string } = {},
  ): Promise<WithResponse<Result>> {
    const prepared = describeOperation(await documentText(document), document, options.operationName);
    const idempotencyKey = prepared.mutation
      ? options.idempotencyKey === false
        ? null
        : (options.idempotencyKey ?? globalThis.crypto.randomUUID())
      : null;
    const { data, meta } = await send(
      this.config,
      {
        query: prepared.text,
        variables: variables as Record<string, unknown> | undefined,
        operationName: prepared.operationName,
        mutation: prepared.mutation,
        idempotencyKey,
      },
      options,
    ).catch((error: unknown) => {
      if (error instanceof CarloError && error.response) this.lastRateLimit = error.response.rateLimit;
      throw error;
    });
    this.lastRateLimit = meta.rateLimit;
    return withResponse(data as Result & object, meta);
  }

  /**
   * What running a model would cost this account now, without running it (free). `job: true`
   * prices startSimulation instead of runSimulation.
   */
  async quote(model: SimulationInput, options: CallOptions & { job?: boolean } = {}): Promise<WithResponse<Quote>> {
    const variables = { input: model };
    return options.job
      ? this.quoteOperation(StartSimulationDocument, variables, options)
      : this.quoteOperation(RunSimulationDocument, variables, options);
  }

  /** The price of any operation for this account, without running it. */
  async quoteOperation<Result, Variables>(
    document: GraphQLDocument<Result, Variables>,
    variables?: Variables,
    options: CallOptions = {},
  ): Promise<WithResponse<Quote>> {
    const query = await documentText(document);
    const response = await this.graphql(
      QuoteDocument,
      { query, variables: (variables ?? null) as Record<string, unknown> | null },
      options,
    );
    return withResponse(response.quote, response.lastResponse);
  }

  /** The account's usage in a billing period, grouped by day, operation or key. */
  async usage(
    filter: { period?: UsagePeriod; groupBy?: UsageGroupBy } = {},
    options: CallOptions = {},
  ): Promise<WithResponse<UsageReport>> {
    const response = await this.graphql(UsageDocument, filter, options);
    return withResponse(response.usage, response.lastResponse);
  }
}
