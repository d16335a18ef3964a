import { FieldError, FormError } from '../ui/FieldError';

export type EndpointInput = { url: string; eventTypes: string[]; description: string };

type Props = {
  /** The form's accessible name: "Add an endpoint" or "Edit …". */
  title: string;
  catalogue: string[];
  initial?: EndpointInput;
  busy: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (input: EndpointInput) => void;
  onCancel?: () => void;
};

const FIELDS = ['url', 'eventTypes', 'description'];

/** URL, the events to receive (from the catalogue) and a note; the server's field errors appear beside their fields. */
export function WebhookEndpointForm({ title, catalogue, initial, busy, error, submitLabel, onSubmit, onCancel }: Props) {
  const prefix = initial ? 'edit' : 'new';
  return (
    <form
      className="stack card"
      aria-label={title}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        onSubmit({
          url: String(data.get('url') ?? '').trim(),
          eventTypes: catalogue.filter((type) => data.get(type) === 'on'),
          description: String(data.get('description') ?? ''),
        });
      }}
    >
      <h2>{title}</h2>
      <label>
        Endpoint URL
        <input
          name="url"
          type="url"
          required
          defaultValue={initial?.url ?? ''}
          placeholder="https://example.com/carlo-events"
          aria-describedby={`${prefix}-url-error`}
        />
      </label>
      <FieldError error={error} field="url" id={`${prefix}-url-error`} />
      <fieldset aria-describedby={`${prefix}-events-error`}>
        <legend>Events to send</legend>
        {catalogue.map((type) => (
          <label key={type} className="check">
            <input type="checkbox" name={type} defaultChecked={initial?.eventTypes.includes(type) ?? false} /> <code>{type}</code>
          </label>
        ))}
      </fieldset>
      <FieldError error={error} field="eventTypes" id={`${prefix}-events-error`} />
      <label>
        Description (optional)
        <input
          name="description"
          maxLength={200}
          defaultValue={initial?.description ?? ''}
          aria-describedby={`${prefix}-description-error`}
        />
      </label>
      <FieldError error={error} field="description" id={`${prefix}-description-error`} />
      <FormError error={error} fields={FIELDS} />
      <div className="row">
        <button type="submit" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
