/** The domain/subscriptions module's public surface: other modules import only what is listed here. */
export { addMonth } from './billing-period.js';
export { createCustomer } from './new-customer.service.js';
export { Subscription, SubscriptionStatus } from './subscription.entity.js';
export { cancelNow, expirePendingSignUp, extendGrace, movePlan, recordStripeState, reopenPendingSignUp } from './subscription-writes.js';
