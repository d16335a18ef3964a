import type { CardBehaviour } from '../state/state.js';

export type TestCard = { behaviour: CardBehaviour; brand: string; last4: string };

/** A card error as Stripe gives it: `code`, `decline_code` (only for issuer declines), message and param. */
export type Decline = { code: string; declineCode: string | null; message: string; param: string | null };

/**
 * Stripe test cards the emulator understands, with Stripe's behaviour. 0341 attaches to a customer
 * and, as a documented deviation, pays when the customer is present (Checkout); every later
 * off-session charge fails. 3184 asks for 3-D Secure on every payment: Checkout shows a challenge,
 * and off-session charges (renewals) fail with `authentication_required`. 3155 asks for 3-D Secure
 * once: after Checkout has set it up, off-session charges succeed.
 */
const CARDS: Record<string, Omit<TestCard, 'last4'>> = {
  '4242424242424242': { behaviour: 'succeed', brand: 'visa' },
  '5555555555554444': { behaviour: 'succeed', brand: 'mastercard' },
  '4000000000000002': { behaviour: 'decline', brand: 'visa' },
  '4000000000009995': { behaviour: 'insufficient_funds', brand: 'visa' },
  '4000000000000069': { behaviour: 'expired_card', brand: 'visa' },
  '4000000000000127': { behaviour: 'incorrect_cvc', brand: 'visa' },
  '4000000000000341': { behaviour: 'fail_off_session', brand: 'visa' },
  '4000002760003184': { behaviour: 'authenticate_always', brand: 'visa' },
  '4000002500003155': { behaviour: 'authenticate_setup', brand: 'visa' },
};

/** Stripe's test PaymentMethod ids, usable with attach/default_payment_method like on Stripe. */
const TOKENS: Record<string, string> = {
  pm_card_visa: '4242424242424242',
  pm_card_mastercard: '5555555555554444',
  pm_card_chargeDeclined: '4000000000000002',
  pm_card_visa_chargeDeclined: '4000000000000002',
  pm_card_chargeDeclinedInsufficientFunds: '4000000000009995',
  pm_card_chargeDeclinedExpiredCard: '4000000000000069',
  pm_card_chargeDeclinedIncorrectCvc: '4000000000000127',
  pm_card_chargeCustomerFail: '4000000000000341',
  pm_card_authenticationRequired: '4000002760003184',
  pm_card_authenticationRequiredSetupForOffSession: '4000002500003155',
};

const GENERIC: Decline = { code: 'card_declined', declineCode: 'generic_decline', message: 'Your card was declined.', param: null };
const DECLINES: Partial<Record<CardBehaviour, Decline>> = {
  decline: GENERIC,
  insufficient_funds: {
    code: 'card_declined',
    declineCode: 'insufficient_funds',
    message: 'Your card has insufficient funds.',
    param: null,
  },
  expired_card: { code: 'expired_card', declineCode: null, message: 'Your card has expired.', param: 'exp_month' },
  incorrect_cvc: { code: 'incorrect_cvc', declineCode: null, message: "Your card's security code is incorrect.", param: 'cvc' },
};

export const AUTHENTICATION_REQUIRED: Decline = {
  code: 'authentication_required',
  declineCode: 'authentication_required',
  message: 'Your card was declined. This transaction requires authentication.',
  param: null,
};
export const AUTHENTICATION_FAILED =
  'We are unable to authenticate your payment method. Please choose a different payment method and try again.';

export function testCard(number: string): TestCard | null {
  const digits = number.replace(/[\s-]/g, '');
  const card = CARDS[digits];
  return card ? { ...card, last4: digits.slice(-4) } : null;
}

export function tokenCardNumber(token: string): string | null {
  return TOKENS[token] ?? null;
}

/**
 * Why a charge fails, or null when it succeeds. On-session charges are the ones the customer
 * confirmed (Checkout, the portal), after any 3-D Secure challenge.
 */
export function chargeDecline(behaviour: CardBehaviour, onSession: boolean): Decline | null {
  const always = DECLINES[behaviour];
  if (always) return always;
  if (behaviour === 'fail_off_session' && !onSession) return GENERIC;
  if (behaviour === 'authenticate_always' && !onSession) return AUTHENTICATION_REQUIRED;
  return null;
}

/** Cards that fail the check Stripe makes when a card is saved (attached) are refused then. */
export function attachDecline(behaviour: CardBehaviour): Decline | null {
  return behaviour === 'decline' || behaviour === 'expired_card' || behaviour === 'incorrect_cvc' ? chargeDecline(behaviour, true) : null;
}

/** Cards whose issuer asks for 3-D Secure when the customer pays in Checkout. */
export function needsAuthentication(behaviour: CardBehaviour): boolean {
  return behaviour === 'authenticate_always' || behaviour === 'authenticate_setup';
}
