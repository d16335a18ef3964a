import { simulationSizer } from './simulation-price.js';
import { workbookSizer } from './workbook-price.js';

/**
 * Sizers measure a field's input for `@costBySize(sizer:)`: product modules export them and
 * metering registers them by name here (`workUnits` = iterations x (inputs + outputs beyond the first +
 * formula operations / 64), from the simulation module); the calculator calls them with the field's coerced arguments. A sizer must be pure, cheap and total: it runs before
 * execution on arguments that have passed GraphQL validation but not the product's own checks,
 * so it returns 0 for what it cannot measure rather than throwing.
 */
export type Sizer = (args: Record<string, unknown>) => number;

const sizers = new Map<string, Sizer>([
  [simulationSizer.name, simulationSizer.measure],
  [workbookSizer.name, workbookSizer.measure],
]);

/** Adds a sizer under a name (tests price fields of their own schemas with it). */
export function registerSizer(name: string, sizer: Sizer): void {
  sizers.set(name, sizer);
}

export function sizerNamed(name: string): Sizer | undefined {
  return sizers.get(name);
}

/** A sizer's verdict made safe for pricing: a finite non-negative integer. */
export function measure(name: string, args: Record<string, unknown>): number {
  const sizer = sizers.get(name);
  if (!sizer) throw new Error(`No sizer is registered under "${name}"; register it with registerSizer before serving`);
  let size: number;
  try {
    size = sizer(args);
  } catch {
    return 0;
  }
  return Number.isFinite(size) && size > 0 ? Math.ceil(size) : 0;
}

/** The raw size of a field's arguments; an unknown sizer is a programming error, not a client's. */
export function sizeOf(name: string, args: Record<string, unknown>): number {
  const sizer = sizers.get(name);
  if (!sizer) throw new Error(`No sizer is registered under ${name}`);
  return sizer(args);
}
