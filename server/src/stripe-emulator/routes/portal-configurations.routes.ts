import type Stripe from 'stripe';
import type { Core } from '../core.js';
import type { Params } from '../http/form-codec.js';
import { listOf, newestFirst } from '../http/list.js';
import { mergeMetadata, optBool, optObj, optStr } from '../http/params.js';
import type { Route } from '../http/router.js';
import { newId } from '../state/ids.js';
import { found } from './lookup.js';

/** The configuration a session without `configuration` uses: every feature on, as a new account's default. */
export const DEFAULT_PORTAL_CONFIGURATION = 'bpc_emulator_default';

function configurationObject(id: string, created: number, isDefault: boolean): Stripe.BillingPortal.Configuration {
  return {
    id,
    object: 'billing_portal.configuration',
    active: true,
    application: null,
    business_profile: { headline: null, privacy_policy_url: null, terms_of_service_url: null },
    created,
    default_return_url: null,
    features: {
      customer_update: { allowed_updates: [], enabled: false },
      invoice_history: { enabled: true },
      payment_method_update: { enabled: true, payment_method_configuration: null },
      subscription_cancel: {
        cancellation_reason: { enabled: false, options: [] },
        enabled: true,
        mode: 'at_period_end',
        proration_behavior: 'none',
      },
      subscription_update: {
        billing_cycle_anchor: null,
        default_allowed_updates: ['price'],
        enabled: isDefault,
        products: [],
        proration_behavior: 'create_prorations',
        schedule_at_period_end: { conditions: [] },
        trial_update_behavior: 'continue_trial',
      },
    },
    is_default: isDefault,
    livemode: false,
    login_page: { enabled: false, url: null },
    metadata: {},
    name: null,
    updated: created,
  };
}

/** The configuration a portal session runs under; the built-in default when none was named. */
export function portalConfiguration(core: Core, ref: string | Stripe.BillingPortal.Configuration): Stripe.BillingPortal.Configuration {
  const stored = core.state.portalConfigurations[typeof ref === 'string' ? ref : ref.id];
  return stored ?? configurationObject(DEFAULT_PORTAL_CONFIGURATION, 0, true);
}

/** Applies the `features` Carlo and most integrations set: which portal actions are on. */
function applyParams(config: Stripe.BillingPortal.Configuration, params: Params, now: number): void {
  const features = optObj(params, 'features') ?? {};
  const enabled = (name: string): boolean | undefined => {
    const feature = optObj(features, name);
    return feature ? optBool(feature, 'enabled') : undefined;
  };
  const f = config.features;
  f.subscription_update.enabled = enabled('subscription_update') ?? f.subscription_update.enabled;
  f.subscription_cancel.enabled = enabled('subscription_cancel') ?? f.subscription_cancel.enabled;
  f.payment_method_update.enabled = enabled('payment_method_update') ?? f.payment_method_update.enabled;
  f.invoice_history.enabled = enabled('invoice_history') ?? f.invoice_history.enabled;
  config.default_return_url = optStr(params, 'default_return_url') ?? config.default_return_url;
  config.name = optStr(params, 'name') ?? config.name;
  config.active = optBool(params, 'active') ?? config.active;
  config.metadata = mergeMetadata(config.metadata ?? {}, params);
  config.updated = now;
}

export const portalConfigurationRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/v1/billing_portal/configurations',
    handler: ({ core, params }) => {
      const config = configurationObject(newId('bpc'), core.wallNow(), false);
      applyParams(config, params, core.wallNow());
      core.state.portalConfigurations[config.id] = config;
      core.emit('billing_portal.configuration.created', config);
      return config;
    },
  },
  {
    method: 'GET',
    pattern: '/v1/billing_portal/configurations',
    handler: ({ core, params }) =>
      listOf(newestFirst(Object.values(core.state.portalConfigurations)), params, '/v1/billing_portal/configurations'),
  },
  {
    method: 'GET',
    pattern: '/v1/billing_portal/configurations/:id',
    handler: ({ core, path }) => found(core.state.portalConfigurations, path.id, 'billing_portal.configuration'),
  },
  {
    method: 'POST',
    pattern: '/v1/billing_portal/configurations/:id',
    handler: ({ core, path, params }) => {
      const config = found(core.state.portalConfigurations, path.id, 'billing_portal.configuration');
      applyParams(config, params, core.wallNow());
      core.emit('billing_portal.configuration.updated', config);
      return config;
    },
  },
];
