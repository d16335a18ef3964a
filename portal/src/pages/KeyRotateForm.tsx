const GRACE_CHOICES: { hours: number; label: string }[] = [
  { hours: 0, label: 'Stop it now' },
  { hours: 1, label: '1 hour' },
  { hours: 24, label: '24 hours' },
  { hours: 24 * 7, label: '7 days' },
  { hours: 24 * 30, label: '30 days' },
];

/** An inline choice of how long the replaced key keeps working, so deploys can switch over first. */
export function KeyRotateForm({
  keyName,
  busy,
  onRotate,
  onCancel,
}: {
  keyName: string;
  busy: boolean;
  onRotate: (graceHours: number) => void;
  onCancel: () => void;
}) {
  return (
    <form
      className="inline-form"
      aria-label={`Rotate ${keyName}`}
      onSubmit={(event) => {
        event.preventDefault();
        onRotate(Number(new FormData(event.currentTarget).get('graceHours')));
      }}
    >
      <label>
        Old key keeps working for{' '}
        <select name="graceHours" defaultValue="24">
          {GRACE_CHOICES.map((choice) => (
            <option key={choice.hours} value={choice.hours}>
              {choice.label}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="submit" disabled={busy}>
        Rotate
      </button>{' '}
      <button type="button" className="secondary" onClick={onCancel}>
        Keep
      </button>
    </form>
  );
}
