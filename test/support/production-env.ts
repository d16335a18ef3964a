/**
 * The environment of a production start in tests: secrets of production length, and a Stripe key
 * that is never called (the tests that use this reach no Stripe, and the machine has no route to it).
 */
export const PRODUCTION_ENV: Record<string, string> = {
  NODE_ENV: 'production',
  API_KEY_PEPPER: 'production-pepper-0123456789abcdefghijklmnopqrstuv',
  SESSION_SECRET: 'production-session-0123456789abcdefghijklmnopqrstu',
  STRIPE_SECRET_KEY: 'sk_test_production_0123456789abcdefghijklmnop',
  STRIPE_WEBHOOK_SECRET: 'whsec_production_0123456789abcdefghijklmnopqr',
};
