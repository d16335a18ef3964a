import { useMutation, useQuery } from '@apollo/client/react';
import { credits, day, money } from '../format';
import type { PortalOverviewQuery } from '../generated/graphql';
import { can } from '../ui/roles';
import { LowBalanceLine } from './LowBalanceLine';
import { useMe } from '../ui/SignedIn';
import { Empty, ErrorMessage, Loading } from '../ui/State';
import { CheckoutDocument, OverviewDocument } from './overview.graphql';

type Overview = PortalOverviewQuery['portalOverview'];

function Gauge({ used, total }: { used: number; total: number }) {
  const share = total > 0 ? Math.min(1, used / total) : 1;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a styled bar with its label; <meter> cannot be styled alike across browsers.
    <div className="gauge" role="meter" aria-label="Included credits used" aria-valuemin={0} aria-valuemax={total} aria-valuenow={used}>
      <div style={{ width: `${Math.round(share * 100)}%` }} />
    </div>
  );
}

function UsageBars({ rows, label, testId }: { rows: Overview['usageByDay']['rows']; label: string; testId: string }) {
  const most = Math.max(1, ...rows.map((row) => row.chargedCredits));
  return (
    <ol className="bars" aria-label={label} data-testid={testId}>
      {rows.map((row) => (
        <li key={row.group}>
          <span>{row.group}</span>
          <div>
            <div style={{ width: `${Math.max(2, Math.round((row.chargedCredits / most) * 100))}%` }} />
          </div>
          <span>
            {credits(row.chargedCredits)} · {row.calls} calls
          </span>
        </li>
      ))}
    </ol>
  );
}

function NextInvoice({ estimate }: { estimate: Overview['nextInvoice'] }) {
  if (!estimate) return <p>No renewal invoice is expected: the plan is free, or Stripe cannot be asked right now.</p>;
  return (
    <>
      <p className="big" data-testid="next-invoice-total">
        {money(estimate.totalCents, estimate.currency)}
      </p>
      <p>
        On {day(estimate.dueAt)}:{' '}
        {estimate.planCode ? `${estimate.planCode} for the next period ${money(estimate.baseCents, estimate.currency)}` : 'no plan renewal'}{' '}
        + overage so far {credits(estimate.overageCredits)} = {money(estimate.overageCents, estimate.currency)}.
      </p>
      <p className="hint">Before tax. Overage keeps adding up until the period ends.</p>
    </>
  );
}

function PayNow({ plan }: { plan: string }) {
  const [checkout, { loading, error }] = useMutation(CheckoutDocument);
  return (
    <>
      {error ? <ErrorMessage error={error} /> : null}
      <button
        type="button"
        disabled={loading}
        onClick={() =>
          void checkout({ variables: { plan } })
            .then((result) => result.data && window.location.assign(result.data.portalCheckout.url))
            .catch(() => undefined)
        }
      >
        Pay on Stripe Checkout
      </button>
    </>
  );
}

export default function OverviewPage() {
  const me = useMe();
  const { data, error, loading, refetch } = useQuery(OverviewDocument);
  if (error) return <ErrorMessage error={error} retry={() => void refetch()} />;
  if (loading && !data) return <Loading what="your overview" />;
  if (!data) return null;
  const { plan, subscription, access, credits: period, usageByDay, usageByOperation, nextInvoice } = data.portalOverview;
  const includedUsed = period.includedCredits - period.includedRemaining;
  const overageCents =
    period.overageCentsPer1000Credits === null ? 0 : Math.round((period.overageCredits * period.overageCentsPer1000Credits) / 1000);
  return (
    <>
      <h1>Overview</h1>
      {access.advice ? (
        <div className="notice" role="status">
          <p>{access.advice}</p>
          {access.reason === 'pending_payment' && can.billing(me.member.role) ? <PayNow plan={plan.code} /> : null}
        </div>
      ) : null}
      <div className="grid">
        <section className="card">
          <h2>Plan</h2>
          <p className="big" data-testid="plan-name">
            {plan.name}
          </p>
          <p>
            {plan.priceCents === 0 ? 'Free' : `${money(plan.priceCents, plan.currency)} / month`} ·{' '}
            {subscription?.status ?? 'no subscription'}
          </p>
          <p>
            Period {day(period.periodStart)} – {day(period.periodEnd)}
            {subscription?.cancelAtPeriodEnd ? ' · cancels at its end' : ''}
          </p>
        </section>
        <section className="card">
          <h2>Included credits</h2>
          <Gauge used={includedUsed} total={period.includedCredits} />
          <p data-testid="included-used">
            {credits(includedUsed)} used of {credits(period.includedCredits)}; {credits(period.includedRemaining)} left
          </p>
        </section>
        <section className="card">
          <h2>Prepaid and overage</h2>
          <p>Prepaid balance: {credits(period.prepaidRemaining)}</p>
          <p>
            Overage so far: {credits(period.overageCredits)} = {money(overageCents, plan.currency)}
          </p>
          <LowBalanceLine line={data.portalOverview.lowBalanceThresholdCredits ?? null} canEdit={can.billing(me.member.role)} />
        </section>
        <section className="card">
          <h2>Next invoice (estimate)</h2>
          <NextInvoice estimate={nextInvoice} />
        </section>
      </div>
      <section className="card">
        <h2>Usage this period</h2>
        {usageByDay.rows.length === 0 ? (
          <Empty>
            No calls yet this period.{' '}
            {can.keys(me.member.role)
              ? 'Create a key on the Keys page and call the API with it.'
              : 'Your developers’ calls will show here.'}
          </Empty>
        ) : (
          <>
            <p data-testid="usage-total">
              {usageByDay.calls} calls, {credits(usageByDay.chargedCredits)} charged
            </p>
            <h3>By day</h3>
            <UsageBars rows={usageByDay.rows} label="Credits by day" testId="usage-by-day" />
            <h3>By operation</h3>
            <UsageBars rows={usageByOperation.rows} label="Credits by operation" testId="usage-by-operation" />
            <table>
              <caption>By operation</caption>
              <thead>
                <tr>
                  <th>Operation</th>
                  <th>Calls</th>
                  <th>Credits</th>
                </tr>
              </thead>
              <tbody>
                {usageByOperation.rows.map((row) => (
                  <tr key={row.group}>
                    <td>{row.group}</td>
                    <td>{row.calls}</td>
                    <td>{credits(row.chargedCredits)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </>
  );
}
