import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { day } from '../format';
import { ErrorMessage } from '../ui/State';
import { CancelSubscriptionDocument, ResumeSubscriptionDocument } from './billing.graphql';

type Props = { cancelAtPeriodEnd: boolean; currentPeriodEnd: string; onChanged: () => void };

/**
 * Cancel at the period end (asked first, saying what happens) or take a cancellation back. Stripe
 * tells Carlo through a webhook, so the answer of the mutation is shown until the page's data agrees.
 */
export function SubscriptionEnd({ cancelAtPeriodEnd, currentPeriodEnd, onChanged }: Props) {
  const [asking, setAsking] = useState(false);
  const [cancel, cancelled] = useMutation(CancelSubscriptionDocument);
  const [resume, resumed] = useMutation(ResumeSubscriptionDocument);
  const latest = resumed.data?.portalResumeSubscription ?? cancelled.data?.portalCancelSubscription;
  const ending = latest && latest.cancelAtPeriodEnd !== cancelAtPeriodEnd ? latest.cancelAtPeriodEnd : cancelAtPeriodEnd;
  const error = cancelled.error ?? resumed.error;
  const busy = cancelled.loading || resumed.loading;
  const done = () => {
    setAsking(false);
    onChanged();
  };
  return (
    <div className="subscription-end">
      {error ? <ErrorMessage error={error} /> : null}
      {ending ? (
        <>
          <p role="status">
            Your subscription ends on {day(currentPeriodEnd)}. Until then everything works as now; afterwards the account moves to the free
            plan.
          </p>
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              void resume()
                .then(done)
                .catch(() => undefined)
            }
          >
            Keep my subscription
          </button>
        </>
      ) : asking ? (
        // biome-ignore lint/a11y/useSemanticElements: an inline confirmation; a fieldset would add a frame around one sentence.
        <div role="group" aria-label="Cancel the subscription?">
          <p>
            Cancel at the end of the period ({day(currentPeriodEnd)})? Nothing is refunded; you keep the plan until then and can take the
            cancellation back before that day.
          </p>
          <button
            type="button"
            className="danger"
            disabled={busy}
            onClick={() =>
              void cancel()
                .then(done)
                .catch(() => undefined)
            }
          >
            Cancel at period end
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setAsking(false)}>
            Keep it
          </button>
        </div>
      ) : (
        <button type="button" className="secondary" onClick={() => setAsking(true)}>
          Cancel subscription…
        </button>
      )}
    </div>
  );
}
