import { describe, expect, it } from 'vitest';
import { SPIKE_BASELINE_HOURS, SPIKE_FLOOR_CREDITS, isUsageSpike } from './usage-spike.js';

describe('usage spike rule', () => {
  it('needs the floor even for a customer with no history', () => {
    expect(isUsageSpike(SPIKE_FLOOR_CREDITS - 1, 0)).toBe(false);
    expect(isUsageSpike(SPIKE_FLOOR_CREDITS, 0)).toBe(true);
  });

  it('needs five times the mean hourly baseline above the floor', () => {
    const baseline = 1_000 * SPIKE_BASELINE_HOURS;
    expect(isUsageSpike(4_999, baseline)).toBe(false);
    expect(isUsageSpike(5_000, baseline)).toBe(true);
  });
});
