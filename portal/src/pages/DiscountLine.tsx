import { useQuery } from '@apollo/client/react';
import { day, money } from '../format';
import { ErrorMessage } from '../ui/State';
import { DiscountDocument } from './billing.graphql';

/**
 * The discount staff put on the subscription, read from Stripe on its own so that the rest of the
 * billing page shows even when Stripe cannot answer.
 */
export function DiscountLine() {
  const { data, error, loading, refetch } = useQuery(DiscountDocument);
  if (error) return <ErrorMessage error={error} retry={() => void refetch()} />;
  if (loading && !data) return <p className="state">Checking for a discount…</p>;
  const discount = data?.portalDiscount;
  if (!discount) return null;
  const off =
    discount.percentOff === null ? `${money(discount.amountOffCents ?? 0, discount.currency ?? 'usd')} off` : `${discount.percentOff}% off`;
  const lasts =
    discount.duration === 'once'
      ? 'your next invoice'
      : discount.duration === 'forever'
        ? 'every invoice'
        : `every invoice until ${day(discount.endsAt)}`;
  return (
    <p data-testid="discount">
      Discount{discount.name ? ` “${discount.name}”` : ''}: {off} {lasts}.
    </p>
  );
}
