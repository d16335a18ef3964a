import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorMessage, Loading } from '../ui/State';
import { PreferencesDocument, SetPreferenceDocument } from './notifications.graphql';

/** What each category mails; the server decides which roles a category goes to (docs/notifications.md). */
const LABELS: Record<string, string> = {
  credits: 'Credits: 50, 80 and 100 % of the included credits used',
  payments: 'Payments: a failed card payment and its next retry',
  keys: 'Keys: an API key expires within 7 days',
  jobs: 'Jobs: a simulation job that ran longer than a minute is done',
};

export default function NotificationsPage() {
  const { data, error, loading, refetch } = useQuery(PreferencesDocument);
  const [save, saved] = useMutation(SetPreferenceDocument);
  return (
    <>
      <h1>Notifications</h1>
      <p>The mails you receive about this account. Each switch is yours alone; other members keep their own.</p>
      {saved.error ? <ErrorMessage error={saved.error} /> : null}
      {error ? <ErrorMessage error={error} retry={() => void refetch()} /> : null}
      {loading && !data ? <Loading what="your notification settings" /> : null}
      {data ? (
        <fieldset>
          <legend>Mail me about</legend>
          {data.notificationPreferences.map((preference) => (
            <label key={preference.category}>
              <input
                type="checkbox"
                name={preference.category}
                checked={preference.enabled}
                disabled={saved.loading}
                onChange={(event) =>
                  void save({ variables: { category: preference.category, enabled: event.target.checked } })
                    .then(() => refetch())
                    .catch(() => undefined)
                }
              />{' '}
              {LABELS[preference.category] ?? preference.category}
            </label>
          ))}
        </fieldset>
      ) : null}
    </>
  );
}
