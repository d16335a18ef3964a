/** The notifications module's public surface: other modules import only what is listed here. */
export { endpointUrlProblem, isPrivateHost } from './endpoint-url.js';
export type { EndpointUrlRules } from './endpoint-url.js';
export { RETRY_WINDOW_MS, nextAttemptAt } from './retry-schedule.js';
export { WebhookEndpoint } from './webhook-endpoint.entity.js';
export { MAX_ENDPOINTS_PER_CUSTOMER, WebhookEndpointService } from './webhook-endpoint.service.js';
export type { EndpointChanges, EndpointWithSecret } from './webhook-endpoint.service.js';
export { WEBHOOK_EVENT_TYPES, isWebhookEventType } from './webhook-event-type.js';
export type { WebhookEventType } from './webhook-event-type.js';
export { SIGNATURE_HEADER, newSigningSecret, signatureHeader } from './webhook-signature.js';
export { WebhookEndpointType, WebhookEndpointWithSecretType, webhookEndpointView } from './webhook-endpoint.type.js';
export { AdminAlert } from './alerts/admin-alert.entity.js';
export { AdminAlertKind } from './alerts/admin-alert-kind.js';
export { notifySoftSpendCap } from './alerts/spend-cap-notifier.js';
