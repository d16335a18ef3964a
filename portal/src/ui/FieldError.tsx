import { fieldOfError, messageOf } from '../apollo';
import { ErrorMessage } from './State';

/** The server's message beside the field it names; nothing for other fields. */
export function FieldError({ error, field, id }: { error: unknown; field: string; id: string }) {
  if (!error || fieldOfError(error) !== field) return null;
  return (
    <span className="error" id={id} role="alert">
      {messageOf(error)}
    </span>
  );
}

/** The error as a whole when it names none of the form's fields, so no failure goes unshown. */
export function FormError({ error, fields }: { error: unknown; fields: string[] }) {
  if (!error || fields.includes(fieldOfError(error) ?? '')) return null;
  return <ErrorMessage error={error} />;
}
