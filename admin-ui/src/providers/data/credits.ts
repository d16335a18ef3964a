import type { CustomerOverridesInput } from '../../generated/graphql';
import {
  CustomerCreditsDocument,
  CustomerOverridesDocument,
  CustomerUsageDocument,
  GrantCreditsDocument,
  SetCustomerOverridesDocument,
} from '../../resources/credits/credits.graphql';
import { mutate, query } from '../apollo';

/** Credits, overrides and usage of one customer: shown on its page, not a react-admin resource. */
export const customerCredits = async (customerId: string) => (await query(CustomerCreditsDocument, { customerId })).customerCredits;
export const customerOverrides = async (customerId: string) => (await query(CustomerOverridesDocument, { customerId })).customerOverrides;
export const customerUsage = async (id: string, days: number) => (await query(CustomerUsageDocument, { id, days })).customer;

export async function grantCredits(customerId: string, credits: number, reason: string) {
  return (await mutate(GrantCreditsDocument, { customerId, credits, reason })).grantCredits;
}

export async function setCustomerOverrides(customerId: string, input: CustomerOverridesInput) {
  return (await mutate(SetCustomerOverridesDocument, { customerId, input })).setCustomerOverrides;
}
