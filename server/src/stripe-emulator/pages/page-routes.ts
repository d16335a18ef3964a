import type { Core } from '../core.js';
import type { FaultSwitch } from '../faults/fault-switch.js';
import type { PageHandler, PageResult, RecordedRequest } from '../http/http-server.js';
import type { Params } from '../http/form-codec.js';
import { optBool, optInt, optStr } from '../http/params.js';
import { emptyState } from '../state/state.js';
import { checkoutPage } from './checkout-page.js';
import { invoicePage } from './invoice-page.js';
import { portalPage } from './portal-page.js';

export type PageDeps = { core: () => Core; faults: FaultSwitch; log: RecordedRequest[] };

/** `POST /_emulator/faults` body: the same switch as the in-process `faults` object. */
function applyFault(faults: FaultSwitch, params: Params): PageResult {
  const action = optStr(params, 'action');
  const count = optInt(params, 'count') ?? 1;
  const options = { pathPrefix: optStr(params, 'pathPrefix'), retryAfterSeconds: optInt(params, 'retryAfterSeconds') };
  if (action === 'fail') faults.failNext(count, options);
  else if (action === 'rateLimit') faults.rateLimitNext(count, options);
  else if (action === 'hang') faults.hangNext(count, options);
  else if (action === 'dropWebhooks') faults.dropWebhooks(optBool(params, 'all') ?? optInt(params, 'count') ?? true);
  else if (action === 'reset') faults.reset();
  else
    return {
      status: 400,
      json: { error: { type: 'invalid_request_error', message: 'action must be fail, rateLimit, hang, dropWebhooks or reset' } },
    };
  return { status: 200, json: { ok: true } };
}

export function pageRoutes(deps: PageDeps): PageHandler {
  return (method, path, params) => {
    const core = deps.core();
    const checkout = /^\/checkout\/([^/]+)$/.exec(path);
    if (checkout && (method === 'GET' || method === 'POST')) return checkoutPage(core, method, checkout[1], params);
    const portal = /^\/portal\/([^/]+)(?:\/(change|cancel|card))?$/.exec(path);
    if (portal) return portalPage(core, method, portal[1], portal[2] ?? null, params);
    const invoice = /^\/invoice\/([^/]+)(\/pdf)?$/.exec(path);
    if (invoice && method === 'GET') return invoicePage(core, invoice[1], invoice[2] !== undefined);
    if (path === '/_emulator/faults' && method === 'POST') return applyFault(deps.faults, params);
    if (path === '/_emulator/requests' && method === 'GET') return { status: 200, json: { object: 'list', data: deps.log } };
    if (path === '/_emulator/reset' && method === 'POST') {
      core.state = emptyState();
      deps.log.length = 0;
      deps.faults.reset();
      core.changed();
      return { status: 200, json: { ok: true } };
    }
    return null;
  };
}
