/**
 * The one error type compileModel throws for a bad model. `field` is a path into the
 * ModelSpec (for example `inputs[2].distribution.sd`) so the API can point at the culprit.
 */
export class ModelValidationError extends Error {
  override readonly name = 'ModelValidationError';
  readonly field: string;
  /** Character offset inside a formula, when the problem is in one. */
  readonly position: number | null;

  constructor(field: string, message: string, position: number | null = null) {
    super(message);
    this.field = field;
    this.position = position;
  }
}
