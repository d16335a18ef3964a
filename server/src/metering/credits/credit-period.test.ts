import { describe, expect, it } from 'vitest';
import { periodAt } from './credit-period.js';

const d = (iso: string) => new Date(iso);

describe('periodAt', () => {
  it('is the subscription period while now is inside it', () => {
    const period = { start: d('2026-01-10T00:00:00Z'), end: d('2026-02-10T00:00:00Z') };
    expect(periodAt(period, d('2026-01-20T00:00:00Z'))).toEqual(period);
  });
  it('rolls forward by whole months from the anchor when the subscription was not renewed', () => {
    const period = { start: d('2026-01-31T00:00:00Z'), end: d('2026-02-28T00:00:00Z') };
    expect(periodAt(period, d('2026-03-05T00:00:00Z'))).toEqual({ start: d('2026-02-28T00:00:00Z'), end: d('2026-03-28T00:00:00Z') });
  });
  it('uses calendar months without a subscription', () => {
    expect(periodAt(null, d('2026-11-21T10:00:00Z'))).toEqual({ start: d('2026-11-01T00:00:00Z'), end: d('2026-12-01T00:00:00Z') });
  });
});
