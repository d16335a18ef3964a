/** Prepaid credit packs sold through Checkout in payment mode; plans:sync creates their prices. */
export type CreditPack = { code: string; name: string; credits: number; priceCents: number; currency: string };

export const CREDIT_PACKS: readonly CreditPack[] = [
  { code: 'small', name: '10,000 credits', credits: 10_000, priceCents: 1_000, currency: 'usd' },
  { code: 'medium', name: '100,000 credits', credits: 100_000, priceCents: 8_000, currency: 'usd' },
  { code: 'large', name: '1,000,000 credits', credits: 1_000_000, priceCents: 60_000, currency: 'usd' },
];

export function creditPack(code: string): CreditPack | undefined {
  return CREDIT_PACKS.find((pack) => pack.code === code);
}

/** Lookup keys are our names for Stripe prices, stable across Stripe accounts and emulator restarts. */
export const lookupKeys = {
  base: (planCode: string) => `carlo_${planCode}_base`,
  overage: (planCode: string) => `carlo_${planCode}_overage`,
  pack: (packCode: string) => `carlo_pack_${packCode}`,
};

export const METER_EVENT_NAME = 'carlo_overage_credits';
