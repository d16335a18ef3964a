import {
  ApiKeysDocument,
  CancelSimulationDocument,
  CreateApiKeyDocument,
  MeDocument,
  ReplayIterationDocument,
  RevokeApiKeyDocument,
  RotateApiKeyDocument,
  RunSimulationDocument,
  SimulationDocument,
  SimulationProgressDocument,
  SimulationsDocument,
  StartSimulationDocument,
} from './documents.js';
import type {
  ApiKeyFieldsFragment,
  CarloApiKeysQuery,
  CarloCreateApiKeyMutation,
  CarloMeQuery,
  CarloReplayIterationQuery,
  CarloSimulationsQuery,
  CreateApiKeyInput,
  SimulationInput,
  SimulationResultFieldsFragment,
  SimulationStatus,
} from './generated/graphql.js';
import type { Execute } from './operation.js';
import { withResponse, type WithResponse } from './response.js';
import { type FinishedSimulation, SimulationJob, type SimulationRun } from './simulation-job.js';
import type { CallOptions } from './transport.js';

export type SimulationResult = SimulationResultFieldsFragment;
export type SimulationPage = CarloSimulationsQuery['simulations'];
export type Page = { page?: number; perPage?: number };

/** Fresh per call, so that the SDK's own retries of this call are replays and never new runs. */
export function withIdempotencyKey(options: CallOptions): CallOptions {
  return options.idempotencyKey === undefined ? { ...options, idempotencyKey: globalThis.crypto.randomUUID() } : options;
}

/** Runs and jobs: runSimulation, startSimulation, simulation, simulations, cancelSimulation. */
export class Simulations {
  constructor(private readonly execute: Execute) {}

  /** Runs a model now (up to the plan's maxIterationsSync) and returns its result. */
  async run(model: SimulationInput, options: CallOptions = {}): Promise<WithResponse<SimulationResult>> {
    const response = await this.execute(RunSimulationDocument, { input: model }, withIdempotencyKey(options));
    return withResponse(response.runSimulation, response.lastResponse);
  }

  /** Queues a model as a job and returns its handle: `await job.wait()` for the result. */
  async start(model: SimulationInput, options: CallOptions = {}): Promise<WithResponse<SimulationJob>> {
    const response = await this.execute(StartSimulationDocument, { input: model }, withIdempotencyKey(options));
    return withResponse(new SimulationJob(this.execute, response.startSimulation), response.lastResponse);
  }

  /** A handle on a job started earlier, by its id. */
  async job(id: string, options: CallOptions = {}): Promise<SimulationJob> {
    const { simulation } = await this.execute(SimulationProgressDocument, { id }, options);
    return new SimulationJob(this.execute, simulation);
  }

  /** One of the account's runs with its input and, once it succeeded, its result. */
  async get(id: string, options: CallOptions = {}): Promise<WithResponse<FinishedSimulation>> {
    const response = await this.execute(SimulationDocument, { id }, options);
    return withResponse(response.simulation, response.lastResponse);
  }

  /** The account's runs, newest first. */
  async list(filter: Page & { status?: SimulationStatus } = {}, options: CallOptions = {}): Promise<WithResponse<SimulationPage>> {
    const response = await this.execute(SimulationsDocument, filter, options);
    return withResponse(response.simulations, response.lastResponse);
  }

  async cancel(id: string, options: CallOptions = {}): Promise<WithResponse<SimulationRun>> {
    const response = await this.execute(CancelSimulationDocument, { id }, withIdempotencyKey(options));
    return withResponse(response.cancelSimulation, response.lastResponse);
  }

  /** The inputs and outputs of one iteration of a run, recomputed exactly. */
  async replay(
    id: string,
    iteration: number,
    options: CallOptions = {},
  ): Promise<WithResponse<CarloReplayIterationQuery['replaySimulationIteration']>> {
    const response = await this.execute(ReplayIterationDocument, { id, iteration }, options);
    return withResponse(response.replaySimulationIteration, response.lastResponse);
  }
}

export type Account = CarloMeQuery['me'];

export class AccountResource {
  constructor(private readonly execute: Execute) {}

  /** The key's account: plan, access level and this period's credits. */
  async me(options: CallOptions = {}): Promise<WithResponse<Account>> {
    const response = await this.execute(MeDocument, {}, options);
    return withResponse(response.me, response.lastResponse);
  }
}

export type ApiKey = ApiKeyFieldsFragment;
export type ApiKeyPage = CarloApiKeysQuery['apiKeys'];
export type IssuedApiKey = CarloCreateApiKeyMutation['createApiKey'];

/** The account's API keys; needs a key with the KEYS_MANAGE scope. */
export class Keys {
  constructor(private readonly execute: Execute) {}

  async list(page: Page = {}, options: CallOptions = {}): Promise<WithResponse<ApiKeyPage>> {
    const response = await this.execute(ApiKeysDocument, page, options);
    return withResponse(response.apiKeys, response.lastResponse);
  }

  /** Creates a key; its `secret` is returned this once. */
  async create(input: CreateApiKeyInput, options: CallOptions = {}): Promise<WithResponse<IssuedApiKey>> {
    const response = await this.execute(CreateApiKeyDocument, { input }, withIdempotencyKey(options));
    return withResponse(response.createApiKey, response.lastResponse);
  }

  /**
   * Replaces a key; the old one works until its `graceUntil`: `graceHours` from now (0 stops it at once),
   * or the server's default grace when omitted.
   */
  async rotate(id: string, { graceHours, ...options }: CallOptions & { graceHours?: number } = {}): Promise<WithResponse<IssuedApiKey>> {
    const response = await this.execute(RotateApiKeyDocument, { id, graceHours }, withIdempotencyKey(options));
    return withResponse(response.rotateApiKey, response.lastResponse);
  }

  /** Revokes a key at once; it can never be used again. */
  async revoke(id: string, options: CallOptions = {}): Promise<WithResponse<ApiKey>> {
    const response = await this.execute(RevokeApiKeyDocument, { id }, withIdempotencyKey(options));
    return withResponse(response.revokeApiKey, response.lastResponse);
  }
}
