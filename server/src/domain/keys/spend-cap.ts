import { registerEnumType } from 'type-graphql';
import { ErrorCode, appError } from '../../platform/graphql/index.js';

/** The UTC window a spend cap counts over: a calendar day or a calendar month. */
export enum SpendCapWindow {
  DAY = 'day',
  MONTH = 'month',
}

/** HARD refuses calls that would pass the cap; SOFT lets them run and tells the owner and staff once per window. */
export enum SpendCapMode {
  HARD = 'hard',
  SOFT = 'soft',
}

registerEnumType(SpendCapWindow, { name: 'SpendCapWindow', description: 'A UTC calendar day or a UTC calendar month.' });
registerEnumType(SpendCapMode, { name: 'SpendCapMode', description: 'HARD refuses calls past the cap; SOFT only alerts.' });

export type SpendCap = { credits: number; window: SpendCapWindow; mode: SpendCapMode };

/** A cap above a plan's yearly allowance is no cap; the bound keeps sums far from int overflow. */
export const MAX_SPEND_CAP_CREDITS = 100_000_000;

/** The window containing `at`: [start, end) in UTC; `end` is when the cap resets. */
export function spendCapWindowAt(window: SpendCapWindow, at: Date): { start: Date; end: Date } {
  const year = at.getUTCFullYear();
  const month = at.getUTCMonth();
  if (window === SpendCapWindow.MONTH) return { start: new Date(Date.UTC(year, month, 1)), end: new Date(Date.UTC(year, month + 1, 1)) };
  const day = at.getUTCDate();
  return { start: new Date(Date.UTC(year, month, day)), end: new Date(Date.UTC(year, month, day + 1)) };
}

/** Checks a cap as a member sends it; every refusal names the field. */
export function validSpendCap(credits: number, window: SpendCapWindow, mode: SpendCapMode): SpendCap {
  if (!Number.isInteger(credits) || credits < 1 || credits > MAX_SPEND_CAP_CREDITS) {
    throw appError(
      ErrorCode.BAD_USER_INPUT,
      `capCredits must be a whole number of credits from 1 to ${MAX_SPEND_CAP_CREDITS.toLocaleString('en-US')}. To remove a cap, use clearApiKeySpendCap.`,
      { field: 'capCredits' },
    );
  }
  return { credits, window, mode };
}
