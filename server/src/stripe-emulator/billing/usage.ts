import type { Core } from '../core.js';

/** Sum of accepted meter event values for a customer in [start, end) (the meter's `sum` formula). */
export function meteredUsage(core: Core, meterId: string, customer: string, start: number, end: number): number {
  const meter = core.state.meters[meterId];
  if (!meter) return 0;
  let total = 0;
  for (const stored of core.state.meterEvents) {
    const ts = stored.event.timestamp;
    if (stored.event.event_name === meter.event_name && stored.customer === customer && ts >= start && ts < end) total += stored.value;
  }
  return total;
}
