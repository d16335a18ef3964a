/**
 * Sizers measure a priced field's arguments for `@costBySize(sizer:)`: the directive names the
 * sizer, the module that owns the field registers it, and the cost estimator looks it up.
 */
export type Sizer = (args: Record<string, unknown>) => number;

const sizers = new Map<string, Sizer>();

export function registerSizer(name: string, size: Sizer): void {
  sizers.set(name, size);
}

/** The size of a field's arguments; an unknown sizer is a programming error, not a client's. */
export function sizeOf(name: string, args: Record<string, unknown>): number {
  const size = sizers.get(name);
  if (!size) throw new Error(`No sizer is registered under ${name}`);
  return size(args);
}
