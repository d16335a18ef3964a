import { advanceClock } from '../billing/renewal.js';
import { snapshot } from '../core.js';
import { listOf, newestFirst } from '../http/list.js';
import { optInt, optStr } from '../http/params.js';
import type { Route } from '../http/router.js';
import { invalidRequest, missingParam } from '../http/stripe-error.js';
import { testClockObject } from '../objects/misc-objects.js';
import { newId } from '../state/ids.js';
import { found } from './lookup.js';

export const clockRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/v1/test_helpers/test_clocks',
    handler: ({ core, params }) => {
      const frozenTime = optInt(params, 'frozen_time');
      if (frozenTime === undefined) throw missingParam('frozen_time');
      const clock = testClockObject({ id: newId('clock'), created: core.wallNow(), frozenTime, name: optStr(params, 'name') ?? null });
      core.state.testClocks[clock.id] = clock;
      core.emit('test_helpers.test_clock.created', clock);
      return clock;
    },
  },
  {
    method: 'GET',
    pattern: '/v1/test_helpers/test_clocks/:id',
    handler: ({ core, path }) => found(core.state.testClocks, path.id, 'test_clock'),
  },
  {
    method: 'GET',
    pattern: '/v1/test_helpers/test_clocks',
    handler: ({ core, params }) => listOf(newestFirst(Object.values(core.state.testClocks)), params, '/v1/test_helpers/test_clocks'),
  },
  {
    method: 'DELETE',
    pattern: '/v1/test_helpers/test_clocks/:id',
    handler: ({ core, path }) => {
      const clock = found(core.state.testClocks, path.id, 'test_clock');
      // Like Stripe, deleting a clock deletes the customers (and so the subscriptions) on it.
      for (const customer of Object.values(core.state.customers)) {
        if (customer.test_clock !== clock.id) continue;
        for (const sub of Object.values(core.state.subscriptions))
          if (sub.customer === customer.id) delete core.state.subscriptions[sub.id];
        delete core.state.customers[customer.id];
      }
      delete core.state.testClocks[clock.id];
      core.emit('test_helpers.test_clock.deleted', clock);
      return { id: clock.id, object: 'test_helpers.test_clock', deleted: true };
    },
  },
  {
    method: 'POST',
    pattern: '/v1/test_helpers/test_clocks/:id/advance',
    handler: ({ core, path, params }) => {
      const clock = found(core.state.testClocks, path.id, 'test_clock');
      const target = optInt(params, 'frozen_time');
      if (target === undefined) throw missingParam('frozen_time');
      if (target <= clock.frozen_time)
        throw invalidRequest('The frozen_time must be after the current frozen_time of the test clock.', 'frozen_time');
      // Stripe answers `advancing` and works in the background; the emulator finishes the work
      // before answering, so the clock is already `ready` when the caller polls it.
      clock.status = 'advancing';
      core.emit('test_helpers.test_clock.advancing', clock);
      const answer = snapshot(clock);
      answer.frozen_time = target;
      advanceClock(core, clock, target);
      clock.status = 'ready';
      core.emit('test_helpers.test_clock.ready', clock);
      return answer;
    },
  },
];
