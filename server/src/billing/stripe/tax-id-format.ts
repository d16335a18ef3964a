import type Stripe from 'stripe';
import { ErrorCode, appError } from '../../platform/graphql/index.js';

/** The tax id types the portal offers, each with its format and an example for the message. */
export const TAX_ID_TYPES: Record<string, { label: string; pattern: RegExp; example: string }> = {
  eu_vat: { label: 'EU VAT number', pattern: /^[A-Z]{2}[0-9A-Z+*]{2,12}$/, example: 'DE123456789' },
  gb_vat: { label: 'UK VAT number', pattern: /^GB(\d{9}|\d{12})$/, example: 'GB123456789' },
  us_ein: { label: 'US EIN', pattern: /^\d{2}-\d{7}$/, example: '12-3456789' },
  ch_vat: { label: 'Swiss VAT number', pattern: /^CHE-\d{3}\.\d{3}\.\d{3} (MWST|TVA|IVA)$/, example: 'CHE-123.456.789 MWST' },
  au_abn: { label: 'Australian ABN', pattern: /^\d{11}$/, example: '12345678912' },
  ca_bn: { label: 'Canadian BN', pattern: /^\d{9}$/, example: '123456789' },
};

/** Checks type and value before Stripe sees them; spaces are dropped and letters upper-cased as Stripe stores them. */
export function checkTaxId(type: string, value: string): { type: Stripe.TaxIdCreateParams.Type; value: string } {
  const format = TAX_ID_TYPES[type];
  if (!format)
    throw appError(ErrorCode.BAD_USER_INPUT, `Choose a tax id type: ${Object.keys(TAX_ID_TYPES).join(', ')}.`, { field: 'type' });
  const normalized = type === 'ch_vat' ? value.trim().toUpperCase() : value.replace(/[\s.]/g, '').toUpperCase();
  if (!format.pattern.test(normalized))
    throw appError(ErrorCode.BAD_USER_INPUT, `Enter the ${format.label} as on your registration, like ${format.example}.`, {
      field: 'value',
    });
  return { type: type as Stripe.TaxIdCreateParams.Type, value: normalized };
}
