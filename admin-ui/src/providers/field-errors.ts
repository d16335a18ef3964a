/** One entry of a GraphQL error list, as it arrives in a response body or in Apollo's error. */
export type ErrorEntry = { message?: unknown; extensions?: Record<string, unknown> | null };

type ValidationFailure = { property?: unknown; constraints?: unknown; children?: unknown };

/**
 * Messages of the errors that name a field, keyed by the form input. The server names a field in
 * `extensions.field` by its argument path (`input.priceCents`), and a form knows it by the last
 * part; class-validator failures that still arrive as type-graphql's `validationErrors` list are
 * read too, so each message lands beside its input either way.
 */
export function fieldMessages(errors: readonly ErrorEntry[]): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const error of errors) {
    const field = error.extensions?.field;
    if (typeof field === 'string' && field !== '' && typeof error.message === 'string') {
      const name = field.split('.').pop() ?? field;
      byField[name] ??= error.message.startsWith(`${field}: `) ? error.message.slice(field.length + 2) : error.message;
    }
    const failures = error.extensions?.validationErrors;
    if (Array.isArray(failures)) collectFailures(failures as ValidationFailure[], byField);
  }
  return byField;
}

function collectFailures(failures: readonly ValidationFailure[], byField: Record<string, string>): void {
  for (const failure of failures) {
    const constraints = typeof failure.constraints === 'object' && failure.constraints !== null ? Object.values(failure.constraints) : [];
    const text = constraints.find((value): value is string => typeof value === 'string');
    if (typeof failure.property === 'string' && text) byField[failure.property] ??= text;
    if (Array.isArray(failure.children)) collectFailures(failure.children as ValidationFailure[], byField);
  }
}
