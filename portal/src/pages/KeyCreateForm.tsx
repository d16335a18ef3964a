import type { ApiKeyMode, ApiKeyScope } from '../generated/graphql';

const SCOPES: { scope: ApiKeyScope; label: string }[] = [
  { scope: 'SIMULATIONS_RUN', label: 'Run simulations' },
  { scope: 'SIMULATIONS_READ', label: 'Read simulations' },
  { scope: 'USAGE_READ', label: 'Read usage' },
  { scope: 'KEYS_MANAGE', label: 'Manage keys' },
  { scope: 'BILLING_MANAGE', label: 'Manage billing' },
];

export type NewKey = { name: string; mode: ApiKeyMode; scopes: ApiKeyScope[]; expiresAt: string | null };

/** Name, live or test, scopes (all by default) and an optional expiry day. */
export function KeyCreateForm({ busy, onCreate }: { busy: boolean; onCreate: (key: NewKey) => void }) {
  return (
    <form
      className="stack card"
      aria-label="Create a key"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const expires = String(data.get('expires') ?? '');
        onCreate({
          name: String(data.get('name') ?? ''),
          mode: data.get('mode') === 'TEST' ? 'TEST' : 'LIVE',
          scopes: SCOPES.map((entry) => entry.scope).filter((scope) => data.get(scope) === 'on'),
          expiresAt: expires ? new Date(`${expires}T23:59:59Z`).toISOString() : null,
        });
      }}
    >
      <h2>Create a key</h2>
      <label>
        Name
        <input name="name" required maxLength={100} placeholder="Production server" />
      </label>
      <label>
        Mode
        <select name="mode" defaultValue="LIVE">
          <option value="LIVE">Live</option>
          <option value="TEST">Test</option>
        </select>
      </label>
      <fieldset>
        <legend>Scopes</legend>
        {SCOPES.map((entry) => (
          <label key={entry.scope} className="check">
            <input type="checkbox" name={entry.scope} defaultChecked /> {entry.label}
          </label>
        ))}
      </fieldset>
      <label>
        Expires on (optional)
        <input name="expires" type="date" />
      </label>
      <button type="submit" disabled={busy}>
        Create key
      </button>
    </form>
  );
}
