import { Link } from 'react-router-dom';

/**
 * Where the console shows one record of a type: customers, invoices and simulations have a page; keys,
 * subscriptions, Stripe events and audit entries are their list filtered to that one row.
 * Audit rows name types in snake case (api_key), the console its resources (apiKeys); both map.
 */
const routes: Record<string, (id: string) => string> = {
  customer: (id) => `/customers/${id}/show`,
  customers: (id) => `/customers/${id}/show`,
  admin_user: (id) => `/adminUsers/${id}`,
  adminUsers: (id) => `/adminUsers/${id}`,
  api_key: (id) => filtered('apiKeys', id),
  apiKeys: (id) => filtered('apiKeys', id),
  invoice: (id) => `/invoices/${id}/show`,
  invoices: (id) => `/invoices/${id}/show`,
  subscription: (id) => filtered('subscriptions', id),
  subscriptions: (id) => filtered('subscriptions', id),
  stripe_event: (id) => filtered('stripeEvents', id),
  stripeEvents: (id) => filtered('stripeEvents', id),
  auditLog: (id) => filtered('auditLog', id),
  simulation_run: (id) => `/simulations/${id}/show`,
  simulations: (id) => `/simulations/${id}/show`,
};

function filtered(resource: string, id: string): string {
  return `/${resource}?${new URLSearchParams({ filter: JSON.stringify({ id }) }).toString()}`;
}

/** The console path of a record, or null when the console has no page for its type. */
export function recordPath(type: string | null | undefined, id: string | null | undefined): string | null {
  if (!type || !id) return null;
  const route = routes[type];
  return route ? route(id) : null;
}

/** An id as a link to its record; plain text when the console has no page for it. */
export function RecordLink({ type, id, label }: { type: string | null | undefined; id: string | null | undefined; label?: string }) {
  if (!id) return <span>—</span>;
  const path = recordPath(type, id);
  const text = label ?? id;
  if (!path) return <span>{text}</span>;
  return (
    <Link to={path} onClick={(event) => event.stopPropagation()} data-testid="record-link">
      {text}
    </Link>
  );
}
