import { useId } from 'react';

/** A labelled text field with the message of the API argument path it fills, if any. */
export function Field({
  label,
  value,
  onChange,
  error,
  placeholder,
  inputMode,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  placeholder?: string;
  inputMode?: 'decimal' | 'numeric' | 'text';
}) {
  const id = useId();
  return (
    <label>
      {label}
      <input
        value={value}
        placeholder={placeholder}
        inputMode={inputMode}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? id : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {error ? (
        <small id={id} className="field-error">
          {error}
        </small>
      ) : null}
    </label>
  );
}
