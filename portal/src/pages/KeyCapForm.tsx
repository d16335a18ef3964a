/** An inline form for a key's spend cap: credits per UTC day or month, hard (refuse) or soft (alert). */
export function KeyCapForm({
  keyName,
  busy,
  onSet,
  onClear,
  onCancel,
}: {
  keyName: string;
  busy: boolean;
  onSet: (cap: { capCredits: number; window: 'DAY' | 'MONTH'; mode: 'HARD' | 'SOFT' }) => void;
  onClear: () => void;
  onCancel: () => void;
}) {
  return (
    <form
      className="inline-form"
      aria-label={`Spend cap of ${keyName}`}
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        onSet({
          capCredits: Number(form.get('capCredits')),
          window: form.get('window') === 'MONTH' ? 'MONTH' : 'DAY',
          mode: form.get('mode') === 'SOFT' ? 'SOFT' : 'HARD',
        });
      }}
    >
      <label>
        Credits <input name="capCredits" type="number" min={1} step={1} required defaultValue={1000} />
      </label>{' '}
      <label>
        per{' '}
        <select name="window" defaultValue="DAY">
          <option value="DAY">UTC day</option>
          <option value="MONTH">UTC month</option>
        </select>
      </label>{' '}
      <label>
        When reached{' '}
        <select name="mode" defaultValue="HARD">
          <option value="HARD">refuse calls</option>
          <option value="SOFT">only alert</option>
        </select>
      </label>{' '}
      <button type="submit" disabled={busy}>
        Set cap
      </button>{' '}
      <button type="button" className="secondary" onClick={onClear} disabled={busy}>
        Remove cap
      </button>{' '}
      <button type="button" className="secondary" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
