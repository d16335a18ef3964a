import { describe, expect, it } from 'vitest';
import { SignUpThrottle } from './sign-up-throttle.js';

describe('SignUpThrottle', () => {
  it('allows the hourly number per address, refuses the next, and opens a new window after an hour', () => {
    const throttle = new SignUpThrottle();
    const t0 = 1_000_000;
    expect([1, 2, 3].map(() => throttle.allow('10.0.0.1', 3, t0))).toEqual([true, true, true]);
    expect(throttle.allow('10.0.0.1', 3, t0 + 1_000)).toBe(false);
    expect(throttle.allow('10.0.0.2', 3, t0 + 1_000)).toBe(true);
    expect(throttle.allow('10.0.0.1', 3, t0 + 3_600_000)).toBe(true);
  });
});
