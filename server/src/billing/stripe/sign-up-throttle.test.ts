import { describe, expect, it } from 'vitest';
import { SignUpThrottle } from './sign-up-throttle.js';

describe('SignUpThrottle', () => {
  it('allows the hourly number per address and refuses the next, per address', async () => {
    const throttle = new SignUpThrottle(null, 3);
    const first = await Promise.all([1, 2, 3, 4].map(() => throttle.allow('10.0.0.1')));
    expect(first.filter(Boolean).length).toBe(3);
    expect(await throttle.allow('10.0.0.2')).toBe(true);
  });
});
