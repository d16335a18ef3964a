import { describe, expect, it } from 'vitest';
import { DeliveryBudget } from './delivery-budget.js';

const elapsedMs = async (work: () => Promise<void>) => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};

describe('DeliveryBudget', () => {
  it('spreads batches over the second: 100 attempts at 250 per second take at least 0.3 s', async () => {
    const budget = new DeliveryBudget(250, 25);
    const ms = await elapsedMs(async () => {
      for (let batch = 0; batch < 4; batch += 1) await budget.take(25);
    });
    // The first window's 25 start at once, each later batch waits for a window of its own (0.1 s).
    expect(ms).toBeGreaterThanOrEqual(290);
  });

  it('lets a batch larger than a window through: the window grows to the largest batch', async () => {
    const budget = new DeliveryBudget(50, 25);
    await expect(budget.take(25)).resolves.toBeUndefined();
  });

  it('never queues without a ceiling: a thousand batches pass in the same turn of the event loop', async () => {
    const budget = new DeliveryBudget(0, 25);
    let timerFired = false;
    const timer = setTimeout(() => {
      timerFired = true;
    }, 0);
    for (let batch = 0; batch < 1_000; batch += 1) await budget.take(25);
    clearTimeout(timer);
    expect(timerFired).toBe(false);
  });
});
