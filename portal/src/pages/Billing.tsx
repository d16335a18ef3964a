import { useMutation, useQuery } from '@apollo/client/react';
import { credits, money } from '../format';
import { ErrorMessage, Loading } from '../ui/State';
import { CheckoutDocument } from './overview.graphql';
import { BillingDocument, BillingPortalDocument, BuyCreditsDocument } from './billing.graphql';
import { BillingDetails } from './BillingDetails';
import { DiscountLine } from './DiscountLine';
import { InvoiceTable } from './InvoiceTable';
import { PlanChange } from './PlanChange';
import { SubscriptionEnd } from './SubscriptionEnd';

/** Stripe-hosted pages open in this tab; Stripe sends the member back to Carlo afterwards. */
function go(result: { data?: { url: string } | null }): void {
  if (result.data) window.location.assign(result.data.url);
}

export default function BillingPage() {
  const { data, error, loading, refetch } = useQuery(BillingDocument);
  const [buy, bought] = useMutation(BuyCreditsDocument);
  const [portal, opened] = useMutation(BillingPortalDocument);
  const [checkout, checkedOut] = useMutation(CheckoutDocument);
  if (error) return <ErrorMessage error={error} retry={() => void refetch()} />;
  if (loading && !data) return <Loading what="billing" />;
  if (!data) return null;
  const current = data.portalOverview.plan;
  const subscription = data.portalOverview.subscription;
  return (
    <>
      <h1>Billing</h1>
      {(bought.error ?? opened.error ?? checkedOut.error) ? (
        <ErrorMessage error={bought.error ?? opened.error ?? checkedOut.error} />
      ) : null}
      <section className="card">
        <h2>Current plan: {current.name}</h2>
        <p>Subscription: {subscription?.status.replace('_', ' ') ?? 'none'}</p>
        {current.priceCents > 0 ? <DiscountLine /> : null}
        {subscription && subscription.status !== 'canceled' && current.priceCents > 0 ? (
          <SubscriptionEnd
            cancelAtPeriodEnd={subscription.cancelAtPeriodEnd}
            currentPeriodEnd={subscription.currentPeriodEnd}
            onChanged={() => void refetch()}
          />
        ) : null}
        <button
          type="button"
          className="secondary"
          onClick={() =>
            void portal()
              .then((result) => go({ data: result.data?.portalBillingPortal }))
              .catch(() => undefined)
          }
        >
          Payment methods (Stripe)
        </button>
      </section>
      {current.priceCents === 0 ? (
        <section className="card">
          <h2>Upgrade</h2>
          <p>Paid plans start with a payment on Stripe Checkout; the new limits apply as soon as it is confirmed.</p>
          <ul className="choices">
            {data.plans
              .filter((plan) => plan.priceCents > 0)
              .map((plan) => (
                <li key={plan.code}>
                  <button
                    type="button"
                    className="secondary"
                    onClick={() =>
                      void checkout({ variables: { plan: plan.code } })
                        .then((result) => go({ data: result.data?.portalCheckout }))
                        .catch(() => undefined)
                    }
                  >
                    Upgrade to {plan.name} ({money(plan.priceCents, plan.currency)} / month, {credits(plan.includedCredits)})
                  </button>
                </li>
              ))}
          </ul>
        </section>
      ) : (
        <PlanChange plans={data.plans} current={current.code} onChanged={() => void refetch()} />
      )}
      <section className="card">
        <h2>Credit packs</h2>
        <p>Prepaid credits, spent after the included ones; they carry over from month to month.</p>
        <ul className="choices">
          {data.creditPacks.map((pack) => (
            <li key={pack.code}>
              <button
                type="button"
                className="secondary"
                onClick={() =>
                  void buy({ variables: { pack: pack.code } })
                    .then((result) => go({ data: result.data?.portalBuyCredits }))
                    .catch(() => undefined)
                }
              >
                Buy {credits(pack.credits)} for {money(pack.priceCents, pack.currency)}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <BillingDetails />
      <section className="card">
        <h2>Invoices</h2>
        <InvoiceTable invoices={data.portalInvoices.items} />
      </section>
    </>
  );
}
