import type { CardBehaviour } from '../state/state.js';

export type TestCard = { behaviour: CardBehaviour; brand: string; last4: string };

/**
 * Stripe test cards the emulator understands. 0341 attaches to a customer and, as a documented
 * deviation, pays when the customer is present (Checkout); every later off-session charge fails.
 */
const CARDS: Record<string, Omit<TestCard, 'last4'>> = {
  '4242424242424242': { behaviour: 'succeed', brand: 'visa' },
  '5555555555554444': { behaviour: 'succeed', brand: 'mastercard' },
  '4000000000000002': { behaviour: 'decline', brand: 'visa' },
  '4000000000000341': { behaviour: 'fail_off_session', brand: 'visa' },
};

/** Stripe's test PaymentMethod ids, usable with attach/default_payment_method like on Stripe. */
const TOKENS: Record<string, string> = {
  pm_card_visa: '4242424242424242',
  pm_card_mastercard: '5555555555554444',
  pm_card_chargeDeclined: '4000000000000002',
  pm_card_visa_chargeDeclined: '4000000000000002',
  pm_card_chargeCustomerFail: '4000000000000341',
};

export function testCard(number: string): TestCard | null {
  const digits = number.replace(/[\s-]/g, '');
  const card = CARDS[digits];
  return card ? { ...card, last4: digits.slice(-4) } : null;
}

export function tokenCardNumber(token: string): string | null {
  return TOKENS[token] ?? null;
}

export function chargeSucceeds(behaviour: CardBehaviour, onSession: boolean): boolean {
  if (behaviour === 'succeed') return true;
  return behaviour === 'fail_off_session' && onSession;
}
