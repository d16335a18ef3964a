import { HttpError } from 'react-admin';

/** The server's message for one field of a refused form, or null when the refusal named another. */
export function fieldError(error: unknown, field: string): string | null {
  if (!(error instanceof HttpError)) return null;
  const body: unknown = error.body;
  const errors = typeof body === 'object' && body !== null && 'errors' in body ? body.errors : null;
  const message = typeof errors === 'object' && errors !== null && field in errors ? (errors as Record<string, unknown>)[field] : null;
  return typeof message === 'string' ? message : null;
}

export const messageOf = (error: unknown) => (error instanceof Error ? error.message : 'The request failed; try again.');
