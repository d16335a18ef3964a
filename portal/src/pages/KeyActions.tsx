import { useState } from 'react';

/** How long the old key keeps working after a rotation; the server's default is 24 hours. */
const GRACE_CHOICES = [
  { hours: 0, label: 'Stop the old key now' },
  { hours: 1, label: 'Keep the old key 1 hour' },
  { hours: 24, label: 'Keep the old key 24 hours' },
  { hours: 24 * 7, label: 'Keep the old key 7 days' },
  { hours: 24 * 30, label: 'Keep the old key 30 days' },
];

type Props = {
  name: string;
  onRotate: (graceHours: number) => Promise<void>;
  onRevoke: () => Promise<void>;
};

/**
 * A key's row actions. Both ask first: rotating says how long the old key keeps working (so every
 * service can move to the new one), revoking says that calls fail at once.
 */
export function KeyActions({ name, onRotate, onRevoke }: Props) {
  const [asking, setAsking] = useState<'rotate' | 'revoke' | null>(null);
  const [graceHours, setGraceHours] = useState(24);
  const [busy, setBusy] = useState(false);
  const run = (action: () => Promise<void>) => {
    setBusy(true);
    void action().finally(() => {
      setBusy(false);
      setAsking(null);
    });
  };
  if (asking === 'revoke')
    return (
      // biome-ignore lint/a11y/useSemanticElements: an inline confirmation in a table cell; a fieldset would break the row.
      <span role="group" aria-label={`Revoke ${name}?`}>
        Revoke “{name}”? Calls with it fail at once.{' '}
        <button type="button" className="danger" disabled={busy} onClick={() => run(onRevoke)}>
          Revoke
        </button>{' '}
        <button type="button" className="secondary" onClick={() => setAsking(null)}>
          Keep
        </button>
      </span>
    );
  if (asking === 'rotate')
    return (
      // biome-ignore lint/a11y/useSemanticElements: an inline confirmation in a table cell; a fieldset would break the row.
      <span role="group" aria-label={`Rotate ${name}?`}>
        <label>
          <span className="sr-only">Old key after rotation</span>
          <select value={graceHours} onChange={(event) => setGraceHours(Number(event.target.value))}>
            {GRACE_CHOICES.map((choice) => (
              <option key={choice.hours} value={choice.hours}>
                {choice.label}
              </option>
            ))}
          </select>
        </label>{' '}
        <button type="button" disabled={busy} onClick={() => run(() => onRotate(graceHours))}>
          Rotate
        </button>{' '}
        <button type="button" className="secondary" onClick={() => setAsking(null)}>
          Cancel
        </button>
      </span>
    );
  return (
    <>
      <button type="button" className="secondary" onClick={() => setAsking('rotate')}>
        Rotate…
      </button>{' '}
      <button type="button" className="secondary" onClick={() => setAsking('revoke')}>
        Revoke…
      </button>
    </>
  );
}
