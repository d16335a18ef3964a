/** The domain/access module's public surface: other modules import only what is listed here. */
export { AccessLevel, FieldUse, accessAdvice, allows, refusalMessage } from './access.js';
export type { PlanLimits } from './access.js';
export { ApiKeyVerifier } from './api-key-verifier.js';
export type { CacheInvalidation } from './api-key-verifier.js';
export { KeyCacheBus } from './key-cache-bus.js';
export { customerLimits } from './customer-limits.js';
export { callerAdmin, callerKey } from './principal.js';
export type { KeyPrincipal, Principal } from './principal.js';
export { planLimits } from './access-subject.loader.js';
export { PAST_DUE_GRACE_DAYS, access, graceEndsAt } from './access.js';
export { callerMember } from './principal.js';
