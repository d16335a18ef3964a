import { useMutation } from '@apollo/client/react';
import { credits } from '../format';
import { FieldError, FormError } from '../ui/FieldError';
import { OverviewDocument, SetLowBalanceLineDocument } from './overview.graphql';

/**
 * The company's own low-balance warning: when the credits left fall to this line, Carlo sends
 * credits.threshold_reached to the webhook endpoints. Owners and billing members set it.
 */
export function LowBalanceLine({ line, canEdit }: { line: number | null; canEdit: boolean }) {
  const [setLine, { loading, error }] = useMutation(SetLowBalanceLineDocument, { refetchQueries: [OverviewDocument] });
  const save = (value: number | null) => void setLine({ variables: { credits: value } }).catch(() => undefined);
  return (
    <div data-testid="low-balance-line">
      <p>{line === null ? 'No low-balance warning is set.' : `Warning when credits left fall to ${credits(line)}.`}</p>
      {canEdit ? (
        <form
          className="inline-form"
          aria-label="Low-balance warning"
          onSubmit={(event) => {
            event.preventDefault();
            save(Number(new FormData(event.currentTarget).get('credits')));
          }}
        >
          <label>
            Warn at credits left{' '}
            <input
              name="credits"
              type="number"
              step={1}
              defaultValue={line ?? ''}
              aria-describedby="low-balance-error"
              aria-invalid={Boolean(error)}
            />
          </label>{' '}
          <button type="submit" disabled={loading}>
            Save
          </button>{' '}
          {line === null ? null : (
            <button type="button" className="secondary" disabled={loading} onClick={() => save(null)}>
              Turn off
            </button>
          )}
          <FieldError error={error} field="credits" id="low-balance-error" />
          <FormError error={error} fields={['credits']} />
        </form>
      ) : null}
    </div>
  );
}
