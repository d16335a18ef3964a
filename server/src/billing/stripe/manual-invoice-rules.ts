import { ErrorCode, appError } from '../../platform/graphql/index.js';

/** How a one-off invoice is collected: e-mailed with a due date, or charged to the saved card at once. */
export enum ManualInvoiceCollection {
  SEND_INVOICE = 'send_invoice',
  CHARGE_AUTOMATICALLY = 'charge_automatically',
}

export type ManualInvoiceLine = { description: string; quantity: number; unitAmountCents: number };

export type ManualInvoiceRequest = {
  lines: ManualInvoiceLine[];
  collection: ManualInvoiceCollection;
  daysUntilDue: number | null;
  memo: string | null;
  /** The currency the caller expects; the invoice is always in the customer's. */
  currency: string | null;
};

export const MANUAL_INVOICE_LIMITS = {
  lines: 20,
  quantity: 10_000,
  unitAmountCents: 10_000_000,
  /** Stripe's largest amount for a USD charge. */
  totalCents: 99_999_999,
  descriptionLength: 250,
  memoLength: 500,
  daysUntilDue: 365,
  defaultDaysUntilDue: 30,
} as const;

/** The total a one-off invoice will bill, in cents: what the console previews before it is created. */
export function manualInvoiceTotalCents(lines: readonly ManualInvoiceLine[]): number {
  return lines.reduce((sum, line) => sum + line.quantity * line.unitAmountCents, 0);
}

function refuse(field: string, message: string): never {
  throw appError(ErrorCode.BAD_USER_INPUT, message, { field });
}

/**
 * Checks a one-off invoice before anything reaches Stripe, naming the first bad field
 * (`lines.<index>.quantity` and so on for a line). Returns the due days to send with it:
 * the given ones, or the default for an e-mailed invoice, none for a charged one.
 */
export function checkManualInvoice(request: ManualInvoiceRequest, customerCurrency: string): { daysUntilDue: number | null } {
  const limits = MANUAL_INVOICE_LIMITS;
  if (request.lines.length === 0) refuse('lines', 'Add at least one line: a description, a quantity and a unit amount.');
  if (request.lines.length > limits.lines) refuse('lines', `An invoice takes at most ${limits.lines} lines; split it in two.`);
  request.lines.forEach((line, index) => {
    if (line.description.trim() === '') refuse(`lines.${index}.description`, 'Describe what this line bills; the customer reads it.');
    if (line.description.length > limits.descriptionLength)
      refuse(`lines.${index}.description`, `Shorten the description to ${limits.descriptionLength} characters.`);
    if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > limits.quantity)
      refuse(`lines.${index}.quantity`, `The quantity is a whole number from 1 to ${limits.quantity}.`);
    if (!Number.isInteger(line.unitAmountCents) || line.unitAmountCents < 1 || line.unitAmountCents > limits.unitAmountCents)
      refuse(`lines.${index}.unitAmountCents`, `The unit amount is whole cents above 0, at most ${limits.unitAmountCents}.`);
  });
  if (manualInvoiceTotalCents(request.lines) > limits.totalCents)
    refuse('lines', `The total exceeds ${limits.totalCents} cents, the most Stripe charges at once; split the invoice.`);
  if (request.currency !== null && request.currency.toLowerCase() !== customerCurrency)
    refuse(
      'currency',
      `This customer is billed in ${customerCurrency.toUpperCase()}; invoice in ${customerCurrency.toUpperCase()} or leave the currency empty.`,
    );
  if (request.memo !== null && request.memo.length > limits.memoLength)
    refuse('memo', `Shorten the memo to ${limits.memoLength} characters.`);
  if (request.collection === ManualInvoiceCollection.CHARGE_AUTOMATICALLY) {
    if (request.daysUntilDue !== null)
      refuse(
        'daysUntilDue',
        'A charged invoice is paid at once and has no due date; leave the due days empty or send the invoice instead.',
      );
    return { daysUntilDue: null };
  }
  const days = request.daysUntilDue ?? limits.defaultDaysUntilDue;
  if (!Number.isInteger(days) || days < 1 || days > limits.daysUntilDue)
    refuse('daysUntilDue', `Due days are a whole number from 1 to ${limits.daysUntilDue}.`);
  return { daysUntilDue: days };
}
