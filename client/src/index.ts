export { Carlo, type CarloOptions, type Quote, type UsageReport } from './carlo.js';
export {
  AuthenticationError,
  CarloError,
  type CarloErrorCode,
  type ClientErrorCode,
  ConflictError,
  ConnectionError,
  CostLimitExceededError,
  type GraphQLErrorEntry,
  InternalServerError,
  NotFoundError,
  PaymentRequiredError,
  SpendCapReachedError,
  PermissionError,
  QuotaExceededError,
  RateLimitedError,
  type ServerErrorCode,
  SimulationFailedError,
  TimeoutError,
  UnavailableError,
  ValidationError,
  WebhookSignatureError,
} from './errors.js';
export type { GraphQLDocument } from './operation.js';
export type { Account, ApiKey, ApiKeyPage, IssuedApiKey, Page, SimulationPage, SimulationResult } from './resources.js';
export type { CostReceipt, RateLimitState, ResponseMeta, WithResponse } from './response.js';
export type { RetryEvent, RetryReason } from './retry.js';
export type { FinishedSimulation, ProgressListener, SimulationJob, SimulationRun, WaitOptions } from './simulation-job.js';
export type { CallOptions } from './transport.js';
export { verifyWebhookSignature, type VerifyOptions } from './webhook.js';
export type * from './generated/graphql.js';
