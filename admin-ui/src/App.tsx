import { Admin, CustomRoutes, Resource } from 'react-admin';
import { BrowserRouter, Route } from 'react-router-dom';
import { Dashboard } from './dashboard/Dashboard';
import { UsageExplorer } from './dashboard/UsageExplorer';
import { ConsoleLayout } from './layout/ConsoleLayout';
import { authProvider } from './providers/auth-provider';
import { dataProvider } from './providers/data-provider';
import { RevenueReport } from './reports/RevenueReport';
import { AdminUserCreate, AdminUserEdit, AdminUserList } from './resources/admin-users/AdminUsers';
import { ApiKeyList } from './resources/api-keys/ApiKeyList';
import { AuditLogList } from './resources/audit-log/AuditLogList';
import { CustomerEdit } from './resources/customers/CustomerEdit';
import { DunningQueue } from './resources/dunning/DunningQueue';
import { CustomerList } from './resources/customers/CustomerList';
import { CustomerShow } from './resources/customers/CustomerShow';
import { InvoiceList, MeterDriftList, OutboxList, StripeEventList, SubscriptionList } from './resources/billing/BillingLists';
import { PlanEdit, PlanList } from './resources/plans/Plans';
import { SimulationList, SimulationShow } from './resources/simulations/Simulations';
import { canEditCustomers, canEditPlans, canManageAdmins, canReadBillingOps, canReadKeysAndAudit } from './roles';

/** Resources appear only for roles that may use them; the server enforces the same rules. */
export function App() {
  return (
    <BrowserRouter basename="/admin">
      <Admin
        title="Carlo console"
        authProvider={authProvider}
        dataProvider={dataProvider}
        dashboard={Dashboard}
        layout={ConsoleLayout}
        requireAuth
        disableTelemetry
      >
        {(role: unknown) => (
          <>
            <Resource
              name="customers"
              list={CustomerList}
              show={CustomerShow}
              edit={canEditCustomers(role) ? CustomerEdit : undefined}
              recordRepresentation="company"
            />
            {canReadKeysAndAudit(role) ? <Resource name="apiKeys" options={{ label: 'API keys' }} list={ApiKeyList} /> : null}
            {canReadBillingOps(role) ? <Resource name="subscriptions" list={SubscriptionList} /> : null}
            <Resource name="invoices" list={InvoiceList} />
            <Resource name="plans" list={PlanList} edit={canEditPlans(role) ? PlanEdit : undefined} recordRepresentation="name" />
            {canReadBillingOps(role) ? <Resource name="simulations" list={SimulationList} show={SimulationShow} /> : null}
            {canReadBillingOps(role) ? <Resource name="stripeEvents" options={{ label: 'Stripe events' }} list={StripeEventList} /> : null}
            {canReadBillingOps(role) ? <Resource name="outbox" options={{ label: 'Stripe outbox' }} list={OutboxList} /> : null}
            <Resource name="meterDrift" options={{ label: 'Meter drift' }} list={MeterDriftList} />
            {canReadKeysAndAudit(role) ? <Resource name="auditLog" options={{ label: 'Audit log' }} list={AuditLogList} /> : null}
            {canManageAdmins(role) ? (
              <Resource
                name="adminUsers"
                options={{ label: 'Admin users' }}
                list={AdminUserList}
                create={AdminUserCreate}
                edit={AdminUserEdit}
                recordRepresentation="email"
              />
            ) : null}
            <CustomRoutes>
              <Route path="/reports/revenue" element={<RevenueReport />} />
              <Route path="/usage" element={<UsageExplorer />} />
              <Route path="/dunning" element={<DunningQueue />} />
            </CustomRoutes>
          </>
        )}
      </Admin>
    </BrowserRouter>
  );
}
