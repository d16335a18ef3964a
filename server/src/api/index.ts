/** The api module's public surface: other modules import only what is listed here. */
export { authChecker } from './auth-checker.js';
export { ForAdmin, ForKey, Public, parseRule } from './auth-rules.js';
export { SESSION_COOKIE, authenticate } from './authenticate.js';
export type { Context } from './context.js';
export { assertEveryRootFieldHasRule, rootFieldRules } from './rule-coverage.js';
export { createServices } from './services.js';
export type { Services } from './services.js';
export { ForMember } from './auth-rules.js';
export { MEMBER_SESSION_COOKIE } from './authenticate.js';
export { documentParseOptions, documentValidationRules } from './document-limits.js';
export { meterWithEvents } from './event-ports.js';
