import { useLazyQuery, useMutation } from '@apollo/client/react';
import { credits, day, money } from '../format';
import { ErrorMessage, Loading } from '../ui/State';
import { ChangePlanDocument, PreviewDocument } from './billing.graphql';

type PlanChoice = { code: string; name: string; priceCents: number; currency: string; includedCredits: number };

function signed(value: number, unit: (n: number) => string): string {
  return `${value >= 0 ? '+' : '−'}${unit(Math.abs(value))}`;
}

/** Pick a plan, read what it costs now and what changes, then confirm. */
export function PlanChange({ plans, current, onChanged }: { plans: PlanChoice[]; current: string; onChanged: () => void }) {
  const [preview, previewed] = useLazyQuery(PreviewDocument, { fetchPolicy: 'network-only' });
  const [change, changed] = useMutation(ChangePlanDocument);
  const shown = previewed.data?.portalPreviewPlanChange;
  return (
    <section className="card">
      <h2>Change plan</h2>
      <ul className="choices">
        {plans
          .filter((plan) => plan.code !== current)
          .map((plan) => (
            <li key={plan.code}>
              <button
                type="button"
                className="secondary"
                onClick={() => void preview({ variables: { plan: plan.code } }).catch(() => undefined)}
              >
                Preview {plan.name} ({plan.priceCents === 0 ? 'free' : `${money(plan.priceCents, plan.currency)} / month`},{' '}
                {credits(plan.includedCredits)})
              </button>
            </li>
          ))}
      </ul>
      {previewed.loading ? <Loading what="the preview" /> : null}
      {previewed.error ? <ErrorMessage error={previewed.error} /> : null}
      {changed.error ? <ErrorMessage error={changed.error} /> : null}
      {changed.data ? (
        <p className="success" role="status">
          {changed.data.portalChangePlan.immediate
            ? `You are on ${changed.data.portalChangePlan.to.name} now.`
            : `You move to ${changed.data.portalChangePlan.to.name} on ${day(changed.data.portalChangePlan.effectiveAt)}.`}
        </p>
      ) : null}
      {shown && !changed.data ? (
        <div className="preview" data-testid="plan-preview">
          <h3>Switch to {shown.to.name}</h3>
          <p>
            {shown.immediate
              ? `Charged now: ${money(shown.prorationCents, shown.currency)} (prorated).`
              : `Takes effect on ${day(shown.effectiveAt)}; nothing is charged now.`}{' '}
            Next invoice: {money(shown.nextInvoiceCents, shown.currency)}.
          </p>
          <ul>
            <li>Included credits: {signed(shown.includedCreditsChange, credits)} / month</li>
            <li>Rate limit: {signed(shown.rateLimitChange, (n) => `${n.toLocaleString('en-US')} credits/s`)}</li>
            <li>Iterations per direct run: {signed(shown.maxIterationsSyncChange, (n) => n.toLocaleString('en-US'))}</li>
            {shown.featuresAdded.length ? <li>Adds: {shown.featuresAdded.join(', ')}</li> : null}
            {shown.featuresRemoved.length ? <li>Removes: {shown.featuresRemoved.join(', ')}</li> : null}
          </ul>
          <button
            type="button"
            disabled={changed.loading}
            onClick={() =>
              void change({ variables: { plan: shown.to.code } })
                .then(onChanged)
                .catch(() => undefined)
            }
          >
            Switch to {shown.to.name}
          </button>
        </div>
      ) : null}
    </section>
  );
}
